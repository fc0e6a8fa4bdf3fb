/**
 * Lines of the kin17 round's probes (`*.probe-kin17.txt`, docs/sense.md "A relative's leg across a
 * post's paragraphs") the rules still get wrong, with why. Spread into `KNOWN_LIMITS` (known-limits.ts).
 */
export const KIN17_LIMITS: readonly (readonly [string, string])[] = [
  // A one-word guess ("Tendonitis?") is no guess of "it" (guessed-condition.ts reads "Is it…", "Could
  // it be…"), and "the back of my heel" is no frame of the pack (a heel is a shoe's as often).
  [
    'I have a hard bump on the back of my heel that rubs in shoes. Tendonitis?',
    'a one-word guess, after the back of the heel, takes no leg',
  ],
  [
    'I have a hard bump on the back of my heel that rubs in shoes. Could it be tendonitis?',
    'the back of the heel is no frame: the guess takes no leg',
  ],
];
