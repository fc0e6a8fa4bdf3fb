/**
 * Lines the nineteenth session's forms leave short, with why. Spread into `KNOWN_LIMITS`
 * (known-limits.ts). "cramped" became a weak form of the leg-cramp card (held24's posts: "both calves
 * cramped", "my leg suddenly cramped"), and the corpus lines that said it of a calf were labelled;
 * "broke", "broken" and "break" became weak forms of the fracture card where a bone of the leg follows
 * (broken-bone.ts), and the corpus lines that said so were labelled.
 */
export const CRAMP19_LIMITS: readonly (readonly [string, string])[] = [
  // A bare "the calf" marks by the bare-part rules, but anchors nothing: the weak "cramped" beside it stays unmarked.
  ['Third night running the calf cramped at 3am and woke me up.', 'a bare "the calf" anchors no weak form'],
  ['Ran the 10k, the ankle held up fine but the calf cramped twice.', 'a bare "the calf" anchors no weak form'],
  // "broke her shin" is an anchor phrase of the lower limb (the pack's `lowerLimb`), and a form at its start is
  // not found inside it: "broke my shin" and "broke her ankle" mark the fracture, "broke her shin" does not.
  ['Grandma broke her shin in the autumn. Ice helped the swelling a lot.', 'a form inside an anchor phrase'],
];
