/**
 * Sentences of the blow16 round's probes (`*.probe-blow16.txt`, docs/sense.md "A blow's mark, a
 * clot under treatment, a leg's signs denied") the rules still get wrong, with why. Spread into
 * `KNOWN_LIMITS` (known-limits.ts).
 */
export const BLOW16_LIMITS: readonly (readonly [string, string])[] = [
  // "red-hot" is a negative context of the warmth card, and the anchor phrases read a space as a
  // hyphen, so "red hot" keeps "hot" unmarked; thing-colour.ts now drops the "red" (no longer a false
  // redness mark), but the heat of "red hot" legs is missed.
  ['My calf is red hot and swollen since the flight.', '"red hot" is the negative context "red-hot"'],
  ['My legs were red hot and swollen after the long drive home.', '"red hot" is the negative context "red-hot"'],
];
