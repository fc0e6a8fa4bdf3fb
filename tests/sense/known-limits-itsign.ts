/**
 * Sentences of the itsign round's probes (`*.probe-itsign.txt`, docs/sense.md "A sign said of it,
 * after the writer's leg") the rules still get wrong read as one block, with why. Spread into
 * `KNOWN_LIMITS` (known-limits.ts).
 */
export const ITSIGN_LIMITS: readonly (readonly [string, string])[] = [
  // The shape is never red: no second symptom says the state is urgent. A calf warm to the touch
  // after a flight is the card's urgent sign, red in one block before the round (the older rule
  // that reads "it" back), now the normal colour.
  ['My calf has been aching since the flight home. It feels warm to the touch.', 'the shape is never red'],
  // Within a block the older rule reads "it" back whatever follows the state ("weak to blame"):
  // red, as before the round; split in lines it is unmarked.
  ['I rested my legs after the match. It feels weak to blame the referee.', '"it" read back whatever follows'],
  // …and "they" after a worn thing named with the leg ("too big for these boots"): this round's
  // shape leaves the line (a worn thing in either sentence), the older rule marks "tight".
  ['My calves are too big for these boots. They are so tight.', '"they" read back past a worn thing'],
];
