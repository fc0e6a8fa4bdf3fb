/**
 * Lines of the sign17 round's probes (`*.probe-sign17.txt`, docs/sense.md "Signs in questions,
 * denials, reports and advice") the rules still get wrong, with why. Spread into `KNOWN_LIMITS`
 * (known-limits.ts).
 */
export const SIGN17_LIMITS: readonly (readonly [string, string])[] = [
  // "tender Achilles" is no lower-limb phrase (the hero is "a tender Achilles" in a poem), so the
  // physio's body word anchors the tenderness in the normal colour, not red.
  [
    'My physio says a tender Achilles first thing in the morning is common.',
    '"tender Achilles" is no lower-limb phrase',
  ],
];
