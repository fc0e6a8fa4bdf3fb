/**
 * Lines of the jointcare round's probes (`*.probe-jointcare.txt`, docs/sense.md "A part named beside
 * care, and a site pointed back to") the rules still get wrong, with why: five older rules' marks
 * that main makes too, which the round's rules (care-part.ts, pointed-site.ts) ask nothing of, and
 * one sign of a site the round does not read. Spread into `KNOWN_LIMITS` (known-limits.ts).
 */
export const JOINTCARE_LIMITS: readonly (readonly [string, string])[] = [
  // "knee joint" is a strong form, and a strong form's "fractured" beside it is marked too.
  ['The knee joint of the copper pipe fractured in the frost.', '"knee joint" is a strong form'],
  // A capital "Achilles" with no "the" is the hero for the bare-part and care rules, but the heel, a
  // body word of the pack, anchors him in its sentence (an older rule).
  ['Achilles was wounded in the heel, and no surgeon could save him.', 'the heel is a body word'],
  // "knee braces": "brace" right after the knee is one of the pack's `framesAfter` (the corpus labels
  // "a knee brace" as the joint's); a maker's stock is no one's knee.
  ['Shares in the maker of knee braces fell after the scan of its accounts.', '"brace" after a knee is a frame'],
  // Older rule, main too: a bare calf said to limp is a body's part for the bare-part rule, a
  // story's calf too.
  [
    'The story ends with the calf limping home, its broken leg in a splint the boy made.',
    'a bare calf that limps is read as a body part',
  ],
  // Older rules, main too: "the area" is read as "it" after the writer's knee, and "tender" there is
  // red (a bang's tenderness is no urgent sign; the round's shape is never red, but is not asked).
  [
    'Banged my knee on the coffee table. The area is still tender to the touch today.',
    '"the area" is "it" for an older rule, red',
  ],
  // The round's: a place after a site's sign is what it is full of or where ("swollen with tourists",
  // "red with bunting"), so "puffy around the stitches" is not read either.
  [
    'Had my knee scoped on Monday. The incision looks a bit puffy around the stitches.',
    'a place after the sign is not read',
  ],
];
