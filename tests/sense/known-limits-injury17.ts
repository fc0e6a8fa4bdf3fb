/**
 * Lines of the injury17 round's probes (`*.probe-injury17.txt`, docs/sense.md "Injuries and events
 * said of a leg") the rules still get wrong, with why. Spread into `KNOWN_LIMITS` (known-limits.ts).
 */
export const INJURY17_LIMITS: readonly (readonly [string, string])[] = [
  // An animal word in the sentence says its body words are not a person's (docs/sense.md, otherSenses):
  // only a strong form anchors there, and "fractured" and "ankle" are weak.
  ['His ankle was fractured when the horse fell on him.', 'an animal word cancels the frames'],
  // The strong form "pulled my calf" is folded over any possessive, as on main; a farm's calf pulled
  // free is read as a strain. A farm word cancels only weak forms.
  ['The farmer pulled her calf free of the mud with a rope.', 'a strong form folds any possessive'],
  // "in the" is a frame before a part (older rounds); a garment's knee after it is read as the joint, as on main.
  ['There was a tear in the knee of his jeans after the fall.', '"in the" frames a garment\'s knee'],
  // "overuse" after the writer's leg takes that leg even before what it is of (a word, plastic cups),
  // as on main: the rule that lends it is older than this round, and this round's guess rule reads
  // only a guess that ends at the form.
  ['My ankle is sore after the walk. Is it overuse of the word "sore" in my posts?', 'overuse of a thing'],
  ['My calf survived the marathon. The real problem is the overuse of plastic cups.', 'overuse of a thing'],
];
