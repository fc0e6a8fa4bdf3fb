/**
 * Blocks that open with a complaint and name the leg after it that the forward rule still gets wrong
 * (docs/sense.md, "Known limits"; src/matcher/forward-anchor.ts): the opening, the rest of the
 * block, the marks the opening should get, and why it does not. `tests/unit/matcher/forward-anchor.test.ts`
 * asserts each still differs, so a rule that fixes one says so. Our own words.
 */
export const FORWARD_LIMITS: readonly (readonly [string, string, readonly string[], string])[] = [
  // The leg after must be the writer's: "the ankle" and a bare "Calf" could be anyone's or a cow's
  // ("Swelling and bruising after the fall. The ankle is twice its size." is marked since the pairs
  // round by the pair itself: symptom-pair.ts).
  // ("Horrible cramps last night." is marked by its setting since the cramp15 round: cramp-setting.ts.)
  ['Horrible cramps again today.', 'Calf was rock hard in the morning.', ['cramps'], 'a bare "Calf" is no frame'],
  // An "-ing" form before a word it may describe is an adjective ("swelling crowds"), and "since" is
  // not among the words that say otherwise: the discourse rule leaves "Swelling since Tuesday" too.
  [
    'Swelling since Tuesday, no idea why.',
    'My right ankle is twice the size of the left one.',
    ['Swelling'],
    '"Swelling since" reads as an adjective',
  ],
  // An exercise word outside the first person: "nothing, stretch, strength" is the writer's plan, but
  // "Stretch, then rest" is as often a coach's or a recipe's.
  ['Nothing, stretch, strength!', 'I felt something pop in my calf at tennis.', ['stretch'], 'no first person'],
];
