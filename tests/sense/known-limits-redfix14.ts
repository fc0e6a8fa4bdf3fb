/**
 * Lines of the redfix14 round's probes (`*.probe-redfix14.txt`) that the rules still get wrong, with
 * why (docs/sense.md, "Bruise colours, a hand's tingling, a pulse and a thing that warms up", and
 * "Known limits"). Spread into KNOWN_LIMITS.
 */
export const REDFIX14_LIMITS: readonly (readonly [string, string])[] = [
  // A likening names the leg ("like when your leg falls asleep"), and its leg anchors the sign, red;
  // the sign itself has no place of its own. The round drops a sign placed in a hand, not a likening.
  [
    "I keep getting pins and needles, like when your leg falls asleep, but it doesn't go away.",
    'a likening names the leg',
  ],
];
