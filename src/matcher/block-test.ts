/**
 * A test of a whole block's text, its answer kept for the last block asked. The "may a block hold
 * such a form" tests (block-anchoring.ts) and some rules ask a block-wide question once for each
 * form: a word of sport, a cramp's setting, a clot's care, a blow's place, a period. On a long block
 * with many forms and no anchor that read the block once a form, its forms × its length (a 32k block
 * of "cramps, " 2.2 s: `node tests/bench/long-block.ts --phrase cramps --sizes 32`). The test must be
 * pure: the answer is the same for the same text.
 */
export function blockTestOf(test: (text: string) => boolean): (text: string) => boolean {
  let lastText: string | undefined;
  let lastAnswer = false;
  return (text) => {
    if (text !== lastText) {
      lastText = text;
      lastAnswer = test(text);
    }
    return lastAnswer;
  };
}
