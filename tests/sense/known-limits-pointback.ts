/**
 * Sentences of the pointback round's probes (issue 11, docs/sense.md "A part pointed back to, and
 * gear talk") the rules still get wrong, with why. Spread into `KNOWN_LIMITS` (known-limits.ts).
 */
export const POINTBACK_LIMITS: readonly (readonly [string, string])[] = [
  // A farm's calf after "the injured" or "the bad", a frame of the pack: no cattle word in reach
  // (a shed, a quad bike and a farm are no herd: farm-calf.ts). Marked before the round too.
  ['The injured calf was carried to the shed on the quad bike.', 'a farm with no cattle word'],
  ['Our farm had a hard winter. The bad calf from the spring is thriving now.', 'a farm with no cattle word'],
  // "range of motion" is a strong form, marked of a machine's arm too. Before the round too.
  ["The range of motion on the new robot arm is wider than last year's.", '"range of motion" is strong'],
  // The discourse rule takes a sign noun at a sentence's start after the writer's leg, whatever
  // follows it (discourse-anchor.ts). Before the round too.
  [
    'My calf is sore today. Bruising is expected in the bond market after the rate rise.',
    'a sign noun of another sense after the leg',
  ],
  [
    'I hurt my knee on the stairs. Numbness was the word for how the fans felt on Sunday.',
    'a sign noun of another sense after the leg',
  ],
];
