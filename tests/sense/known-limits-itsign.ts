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
  // Within a block the older rule reads "they" back past fit talk that names no worn thing (the
  // threadsign round took "too big for these boots" off: a plural thing named is what "they" are).
  ['My legs look great in these. They are tight but comfy.', '"they" read back past fit talk'],
  // Second batch. "toes" in the state's own sentence is a lower-limb anchor, so the older rules give
  // "weak" red there before this one is asked (a healing muscle's weakness is no emergency).
  ['My calf muscle is still healing. It feels weak when I go up on my toes.', '"toes" anchors red in its sentence'],
  // Within a block the older rule reads "it" two sentences back past a steak named between it and the
  // legs (the meat guard reads the state's own sentence only).
  ['My legs are tired. The steak was lovely. It was tender and pink.', '"it" read two back past a steak'],
];
