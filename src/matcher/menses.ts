import { blockTestOf } from './block-test.ts';

/**
 * A block about a period: its cramps and spasms are the womb's, whatever sport it names ("I missed
 * open gym for my cramps… my period", a period-pain post read in the eleventh session's held-out
 * round). "period" alone is also a game's ("cramps in the third period"): only owned or menstrual.
 */
export const MENSES =
  /\b(?:(?:my|her|your|their|on\s+(?:my|her|their|your))[\s\u00a0]+periods?|period[\s\u00a0-](?:pain|cramps?|cramping)|menstrua\w*|menses|pms|uter(?:us|ine)|womb|endometriosis|ovar(?:y|ies|ian))\b/i;

/**
 * `MENSES.test(text)` of a block, asked for each of its cramps: the last block's answer is kept, so
 * a long block with many cramps is read once, not once a cramp (docs/performance.md, "One long
 * block with no sentence end": `node tests/bench/long-block.ts --corpus`).
 */
export const namesMenses = blockTestOf((text) => MENSES.test(text));
