/**
 * Sentences of the anatomy-and-care round's probe (`forum.probe-anatomy14.txt`) that the rules
 * still get wrong, with why (docs/sense.md, "Known limits"; src/matcher/care-said.ts,
 * owned-list.ts). Spread into KNOWN_LIMITS.
 */
export const ANATOMY14_LIMITS: readonly (readonly [string, string])[] = [
  // Care anchors swelling, bruising, numbness, tingling and cramp only: "tender" is a story's or a
  // voice's as often ("after surgery, the surgeon's voice turns tender").
  ['Had the stitches out yesterday, still a bit swollen and tender.', 'care anchors no tenderness'],
  // A list of parts is read only where the sentence's own frames are not enough ("my feet" later
  // in the sentence is found first), and an item that is no part ("the soles of") ends it.
  [
    'Cramps in my abdomen, calves, and the soles of my feet every night this week.',
    'a possessive list beside a frame of its own, "the soles of" no part',
  ],
  // ("the Hawks looked weak", a team's own name, left the list in the falsered15 round: team-weakness.ts.)
];
