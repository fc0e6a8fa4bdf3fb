/**
 * Lines of the barepart15 round's probes (`*.probe-barepart15.txt`, docs/sense.md "A bare part in
 * care, gear or description") the rules still get wrong, with why. Spread into `KNOWN_LIMITS`
 * (known-limits.ts).
 */
export const BAREPART15_LIMITS: readonly (readonly [string, string])[] = [
  // A calf kept warm or massaged is a farm's newborn as often ("Keep the calves dry and out of the
  // wind", "Massage the calf gently after birth"): care-part.ts keeps a calf only for a remedy put on it.
  ["Keep the calf warm and don't stretch it for the first few days.", 'a calf kept warm is a farm’s too'],
  ['Massage the calf gently with your thumbs twice a day.', 'a calf massaged is a newborn’s too'],
  // A sleeve is clothes for the bare-part rule ("The knees are shot on these jeans"), whatever it is worn for.
  ['Protected the knee with a sleeve for the first few runs back.', 'a sleeve is clothes for the bare-part rule'],
];
