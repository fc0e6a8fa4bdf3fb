/**
 * Sentences of the redprobe round's probes (issue 11, docs/sense.md "A player's weaker foot, numb as
 * a feeling, a market's swelling, a thing's leg") the rules still get wrong, with why. Spread into
 * `KNOWN_LIMITS` (known-limits.ts).
 */
export const REDPROBE_LIMITS: readonly (readonly [string, string])[] = [
  // numb-feeling.ts reads only the form's own sentence: the news in the sentence before is no cause,
  // as "Got the scan letter. I felt numb in my foot…" must keep its red.
  [
    'The election results came in at midnight. I felt numb for days, and my feet were like ice.',
    'a feeling whose cause is in the sentence before',
  ],
];
