import type { MarkedBlock } from './term-index.ts';

/**
 * Where block offsets `start`–`end` fall in the page's own text nodes: a span may cover several
 * nodes (`<b>Compartment</b> <i>syndrome</i>`). `from` is a node index known to be at or before it.
 */
export function spanInit(
  block: MarkedBlock,
  start: number,
  end: number,
  from = 0,
): StaticRangeInit & { first: number } {
  const { nodes, starts } = block;
  // The node holding the span's first character…
  let k = from;
  while (k + 1 < nodes.length && starts[k + 1]! <= start) k++;
  // …and the one holding its last.
  let j = k;
  while (j + 1 < nodes.length && starts[j + 1]! < end) j++;
  return {
    first: k,
    startContainer: nodes[k]!,
    startOffset: start - starts[k]!,
    endContainer: nodes[j]!,
    endOffset: end - starts[j]!,
  };
}

/** The range of each term of a block. Terms are sorted, so one pointer walks the nodes once. */
export function rangesOf(block: MarkedBlock, createRange: (init: StaticRangeInit) => AbstractRange): AbstractRange[] {
  let k = 0;
  return block.terms.map((term) => {
    const { first, ...init } = spanInit(block, term.start, term.end, k);
    k = first;
    return createRange(init);
  });
}

/** A live `Range` over block offsets `start`–`end`, for geometry (a `StaticRange` has no rects). */
export function liveRangeOf(block: MarkedBlock, start: number, end: number): Range {
  const init = spanInit(block, start, end);
  const range = init.startContainer.ownerDocument!.createRange();
  range.setStart(init.startContainer, init.startOffset);
  range.setEnd(init.endContainer, init.endOffset);
  return range;
}
