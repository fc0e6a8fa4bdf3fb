/**
 * Lines of the block17 round's probes (`*.probe-block17.txt`, docs/sense.md "A generated block grid")
 * the rules still get wrong, with why. Spread into `KNOWN_LIMITS` (known-limits.ts).
 */
export const BLOCK17_LIMITS: readonly (readonly [string, string])[] = [
  // The sign as the verb of "it" takes only the sentence right before: past a sentence between, "it"
  // may be what that sentence names ("The pub was packed. It swelled to bursting by ten").
  [
    'Broke my foot in June. Work has been mad. It still swells by the end of the day.',
    'the verb of "it" takes only the sentence right before',
  ],
];
