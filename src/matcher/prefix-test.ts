/**
 * A regular expression's test of a block's text up to `end`, `re.test(text.slice(0, end))`, for a
 * rule that asks it at every sign of a block (thread-leg.ts asks whether the text before a sign has
 * a first-person word, or says what the writer did to "the" leg): that read the block from its
 * start once a sign, its signs × its length on a long block (docs/performance.md; `node
 * tests/bench/long-block.ts --phrase 'the apples bruise easily in the crate' --sizes 32,128`). The
 * block's first match is found once, kept for the last block asked (as block-test.ts keeps its
 * answer): a match that ends by `end` answers yes, one that starts at or after it no; only a first
 * match that `end` cuts is tested again on the text before `end`. `re` must not be global or sticky.
 * One difference: a match the cut itself makes (a lookahead that sees the text end at `end`) is
 * not found where the block has no match before it; the thread rule's texts end at a sentence's
 * start, after a stop and its space or at a long sentence's cut (long-sentence.ts).
 */
export function prefixTestOf(re: RegExp): (text: string, end: number) => boolean {
  let lastText: string | undefined;
  let start = Infinity;
  let stop = Infinity;
  return (text, end) => {
    if (text !== lastText) {
      lastText = text;
      const first = re.exec(text);
      start = first ? first.index : Infinity;
      stop = first ? first.index + first[0].length : Infinity;
    }
    if (stop <= end) return true;
    return start < end && re.test(text.slice(0, end));
  };
}
