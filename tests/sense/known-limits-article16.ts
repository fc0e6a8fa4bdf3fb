/**
 * Lines of the article16 round's probes (`*.probe-article16.txt`, docs/sense.md "Plain article
 * sentences about the leg") the rules still get wrong, with why. Spread into `KNOWN_LIMITS`
 * (known-limits.ts).
 */
export const ARTICLE16_LIMITS: readonly (readonly [string, string])[] = [
  // "their" is no frame: "breeders raise their calves indoors", "the farmers and their calves".
  ['Raise their legs on a cushion to ease the swelling.', '"their" is no frame'],
  // A list holding a hand is the body's extremities (owned-list.ts), no leg's frame.
  ['Fluid builds up and causes swelling in a hand or a leg.', 'a hand in the list'],
  // "below the" and "above the" alone are a hem's and a boot's ("the hem falls just below the knee").
  ['The aching runs from below the knee to just above the ankle.', 'a place word with no sign noun before it'],
  // A paired sign in prose is a sock's or a fire's ("real warmth around the ankle"): opening-sign.ts.
  ['Patients often notice warmth over the knee in the first days.', 'a paired sign in prose has no company'],
  // "top of the", "outside of the" and "bottom of the" made a foot's numbness red where the corpus
  // labels it normal ("laces too tight across the top of the foot"), so they are no frames.
  ['Soreness on the top of the calf is common after a long walk downhill.', '"the top of" is no frame'],
];
