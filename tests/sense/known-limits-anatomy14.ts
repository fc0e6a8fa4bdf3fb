/**
 * Sentences of the anatomy-and-care round's probe (`forum.probe-anatomy14.txt`) that the rules
 * still get wrong, with why (docs/sense.md, "Known limits"; src/matcher/care-said.ts,
 * owned-list.ts). Spread into KNOWN_LIMITS.
 */
export const ANATOMY14_LIMITS: readonly (readonly [string, string])[] = [
  // Care anchors swelling, bruising, numbness, tingling and cramp only: "tender" is a story's or a
  // voice's as often ("after surgery, the surgeon's voice turns tender").
  ['Had the stitches out yesterday, still a bit swollen and tender.', 'care anchors no tenderness'],
  // ("the Hawks looked weak", a team's own name, left the list in the falsered15 round: team-weakness.ts;
  // "Cramps in my abdomen, calves, and the soles of my feet" left it in the bodylist15 round: owned-list.ts.)
];
