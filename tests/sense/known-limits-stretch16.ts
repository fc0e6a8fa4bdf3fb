/**
 * Sentences of the stretch16 round's probes (`*.probe-stretch16.txt`, docs/sense.md "A person's
 * stretching, with no leg named") the rules still get wrong, with why. Spread into `KNOWN_LIMITS`
 * (known-limits.ts).
 */
export const STRETCH16_LIMITS: readonly (readonly [string, string])[] = [
  // "them" after a verb of stretching is as often a pair of boots or jeans as the writer's calves:
  // the post rule (post-anchor.ts) reads it as an object, and the habit rule takes no object.
  ['My calves were knotted after the hike. I stretched them out and it eased.', '"them" is read as an object'],
  // The gerund as a subject in mid-sentence, with no time after it: "stretching is now part of" is
  // also a budget's or a story's ("stretching is part of every budget").
  ["I'm 52 and stretching is now part of every morning.", 'a mid-sentence subject with no time'],
  // Written after the rule (first sight): a skill one is bad at is no shape of the rule.
  ["I'm terrible at stretching, I always skip it when I'm tired.", '"at stretching" is no shape'],
  // Another region's stretching anchored by a body word of its sentence ("muscles", "physio"), as on
  // main: the stretching card is not `legOnly`, so another region does not set it aside.
  ['Gentle stretching of the jaw muscles can ease clenching at night.', 'a body word anchors another region'],
  ['The physio said to stretch my shoulders daily after the surgery.', 'a body word anchors another region'],
];
