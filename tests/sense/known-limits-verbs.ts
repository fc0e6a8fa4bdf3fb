/**
 * Known limits of the clot-verb round (issue 11, docs/sense.md "Clot as a verb"): verb uses the verb
 * rule (src/matcher/verb-uses.ts) does not read, each with why. Part of `KNOWN_LIMITS`.
 */
export const VERB_LIMITS: readonly (readonly [string, string])[] = [
  // A bare verb after a verb of seeing or letting and its object has no helping word before it;
  // "saw the clot in my calf" has the same words in the same order.
  [
    'My ankle was strapped for the final. We watched the paint clot in the cold.',
    'a bare verb after "watched the paint"',
  ],
];
