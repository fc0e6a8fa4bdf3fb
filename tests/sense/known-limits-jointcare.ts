/**
 * Lines of the jointcare round's probes (`*.probe-jointcare.txt`, docs/sense.md "A part named beside
 * care, and a site pointed back to") the rules still get wrong, with why. All four are older rules'
 * marks that main makes too: the round's rule (care-part.ts) asks nothing of them. Spread into
 * `KNOWN_LIMITS` (known-limits.ts).
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
  // "behind the" is one of the pack's `framesBefore` ("behind the knee"), whatever the knee is of.
  ['Put your full weight behind the knee of the tripod to lock it.', '"behind the" is a frame'],
];
