/**
 * Sentences of the pairs round's probe (`forum.probe-pairs.txt`) that the rules still get wrong,
 * with why (docs/sense.md, "Known limits"; src/matcher/symptom-pair.ts). Spread into KNOWN_LIMITS.
 */
export const PAIR_LIMITS: readonly (readonly [string, string])[] = [
  // A pair anchors its own items only: the bruising after it is a form alone.
  ['Mostly pain and swelling now, the bruising has faded.', 'a pair anchors its items only'],
  // An "-ing" noun is told from an adjective by the word after it; "about" and "more" are not among
  // those words ("bruising about the town", "swelling more numbers").
  ['Day 4 post op: swelling and bruising about the same, pain a bit better.', '"-ing" before "about"'],
  ['Ice has helped with the pain and swelling more than the tablets have.', '"-ing" before "more"'],
];
