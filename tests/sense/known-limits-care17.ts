/**
 * Lines of the care17 round's probes (`*.probe-care17.txt`, docs/sense.md "Signs in care and advice
 * on health pages") the rules still get wrong, with why. Spread into `KNOWN_LIMITS` (known-limits.ts).
 * care-advice.ts needs a word of a body's care by the advice: these hold none it reads.
 */
export const CARE17_LIMITS: readonly (readonly [string, string])[] = [
  // "Rest" alone is no word of care: a cook rests a dough "to ease the stiffness".
  ['Rest can help the stiffness settle over a few days.', '"rest" alone is no word of care (a dough rests)'],
  // "the area" alone may be a garden's or a town's: tender to the touch is read only beside a word of care.
  ['The area will feel tender when pressed for a week or so.', '"the area" with no word of care'],
];
