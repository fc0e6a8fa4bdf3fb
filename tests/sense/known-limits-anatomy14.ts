/**
 * Sentences of the anatomy-and-care round's probe (`forum.probe-anatomy14.txt`) that the rules
 * still get wrong, with why (docs/sense.md, "Known limits"; src/matcher/care-said.ts,
 * owned-list.ts). Spread into KNOWN_LIMITS.
 */
export const ANATOMY14_LIMITS: readonly (readonly [string, string])[] = [
  // Care anchors swelling, bruising, numbness, tingling and cramp only: "tender" is a story's or a
  // voice's as often ("after surgery, the surgeon's voice turns tender").
  ['Had the stitches out yesterday, still a bit swollen and tender.', 'care anchors no tenderness'],
  // A team named by its own name is no team word: "the Hawks looked weak" beside the star's tibial
  // plateau is red, as beside "shin" before the round (team-weakness.ts reads the thing's noun).
  ['Without their injured tibial plateau star the Hawks looked weak and tired.', "a team's own name"],
];
