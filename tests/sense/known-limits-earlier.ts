/**
 * Blocks after a block naming the leg that the rules reading earlier blocks still get wrong
 * (docs/sense.md, "Known limits"; src/matcher/earlier-blocks.ts): the block before, the block, the
 * marks it should get, and why it does not. `tests/unit/matcher/earlier-blocks.test.ts` asserts
 * each still differs, so a rule that fixes one says so. Our own words.
 */
export const EARLIER_LIMITS: readonly (readonly [string, string, readonly string[], string])[] = [
  // Across blocks only a lower-limb word or a frame anchors: a strong form or a body word said that
  // pages of other regions were medical, not which part (13 wrong marks on /tmp/wrongcard-pages).
  ['The scan showed a DVT.', 'The swelling is worse today.', ['swelling'], 'a strong form anchors only its own block'],
  // ("Now it cramps at night." after the calf left the list in the cramp15 round: a cramp at night is
  // the leg's by its setting, cramp-setting.ts.)
];
