/**
 * Lines the tissue17 round's rules still get wrong, with why (docs/sense.md "Another tissue's
 * stiffness, stretch and tendonitis"). Spread into `KNOWN_LIMITS` (known-limits.ts).
 */
export const TISSUE17_LIMITS: readonly (readonly [string, string])[] = [
  // vein-swelling.ts reads "swollen" said of veins as a varicose vein's look, not oedema; this
  // post's labeller read the calves after a flight as swelling (red). A vein article's "the veins in
  // her legs were swollen and twisted" is the same shape, and a false red costs more.
  [
    'varicose veins on my calves are swollen and itchy after the flight',
    'the veins are what is swollen: vein-swelling.ts reads a varicose vein, the label the calves',
  ],
];
