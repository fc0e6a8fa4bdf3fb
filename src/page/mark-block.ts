import type { Match } from '../matcher/compile-matcher.ts';
import type { MarkStyle } from './highlight-registry.ts';
import type { MarkedBlock, MarkedTerm } from './term-index.ts';

/** Matches in a block's text as terms: offsets only, no range until the term is painted. */
export function termsOf(matches: readonly Match[], styleOf: (entryId: string) => MarkStyle): MarkedTerm[] {
  return matches.map(({ start, end, entryId }) => ({ entryId, style: styleOf(entryId), start, end, range: undefined }));
}

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

/** Gives each term of a block its range. Terms are sorted, so one pointer walks the nodes once. */
export function rangesOf(block: MarkedBlock, createRange: (init: StaticRangeInit) => AbstractRange): void {
  let k = 0;
  for (const term of block.terms) {
    const { first, ...init } = spanInit(block, term.start, term.end, k);
    k = first;
    term.range = createRange(init);
  }
}

/** A live `Range` over block offsets `start`–`end`, for geometry (a `StaticRange` has no rects). */
export function liveRangeOf(block: MarkedBlock, start: number, end: number): Range {
  const init = spanInit(block, start, end);
  const range = init.startContainer.ownerDocument!.createRange();
  range.setStart(init.startContainer, init.startOffset);
  range.setEnd(init.endContainer, init.endOffset);
  return range;
}
