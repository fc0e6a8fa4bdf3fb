/**
 * Lines of the ownerless round's probes (`*.probe-ownerless.txt`, docs/sense.md "A leg named bare in
 * the writer's own account") the rules still get wrong read as one block, with why. Spread into
 * `KNOWN_LIMITS` (known-limits.ts).
 */
export const OWNERLESS_LIMITS: readonly (readonly [string, string])[] = [
  // The round takes the signs after a leg named bare, not the leg word itself: "the ankle", "the
  // calf" and "the knee" with nothing the older rules read said of them ("looks a funny colour",
  // "is slowly getting better", "took the full weight") stay unmarked. And the shape is never red:
  // "it was swollen and hot" after the knee is the normal colour, where the corpus labels it red.
  [
    'Day 5 after the sprain. The ankle looks a funny colour. The bruising has gone yellow at the edges.',
    'the leg word itself is not marked',
  ],
  [
    'Two weeks after the tear and the calf is slowly getting better. The bruising has moved down to the heel.',
    'the leg word itself is not marked',
  ],
  [
    'Tripped on the kerb on the way home from work. The knee took the full weight of the fall. By bedtime it was swollen and hot.',
    'the leg word is not marked; the shape is never red',
  ],
  // "There's a small lump there now": a lump had by no one named is no shape of the thread rule
  // (the headings round's "There is a lump where it tore" too).
  [
    "Did the hill reps on Tuesday. The calf started to pull on the last one. There's a small lump there now.",
    '"there\'s a lump" is no thread shape',
  ],
  // Older rules, not this round's: a garment's "ankle" and "knee" are marked beside "tight" and
  // "baggy". (A dish's leg "tender" after the turkey and a farm calf's "Its leg was swollen" left the
  // list in the falsered15 round: animal-leg.ts.)
  [
    'Ordered the wide-leg trousers online. The ankle is tight and the knee is baggy. The fabric felt warm and soft.',
    "a garment's ankle and knee (older rule)",
  ],
];
