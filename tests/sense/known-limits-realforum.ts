/**
 * Known limits from real health text (docs/sense.md, "Real health text, first sight"): the miss
 * classes of `forum.realforum.txt` no general rule reached, each with why. Part of `KNOWN_LIMITS`.
 */
export const REAL_TEXT_LIMITS: readonly (readonly [string, string])[] = [
  // A strong form is no lower-limb anchor: "calf muscle" as one made a statue's "warm, red marble"
  // red (the tenth probe found it first).
  ['Part of the calf muscle feels hot, looks red and is tender when pressed.', 'a strong form is no lower-limb anchor'],
  // A swollen joint's tightness, said of the knee and the lower leg together ("stiffness in the
  // ankles" is fixed in the tissue round: joint-stiffness.ts).
  ['The knee and lower leg may feel tight and warm for weeks after a replacement.', "a swollen joint's tightness"],
  ['It began as a bad cramp that would not let go.', '"cramp" alone needs an anchor'],
  ['It hurts when I walk on it and feels really tight.', '"tight" said of "it" is said of boots too'],
];
