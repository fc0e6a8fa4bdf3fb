import { spanOf, spanRange, type TermSpan } from './term-span.ts';
import type { MarkedBlock, TermIndex } from './term-index.ts';

export type Direction = 'next' | 'previous';

/** `node` and the shadow hosts above it, innermost first. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  let root = node.getRootNode();
  while (root instanceof ShadowRoot) {
    chain.push(root.host);
    root = root.host.getRootNode();
  }
  return chain;
}

/** Document order across open shadow roots (where `compareDocumentPosition` gives up). */
export function compareComposed(a: Node, b: Node): number {
  if (a === b) return 0;
  for (const [i, x] of hostChain(a).entries()) {
    for (const [j, y] of hostChain(b).entries()) {
      if (x.getRootNode() !== y.getRootNode()) continue;
      // One is inside the other's shadow tree: the host comes first.
      if (x === y) return i - j;
      return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    }
  }
  return 0;
}

/** Every span of the index (terms and their abbreviations), in reading order. */
export function spansInOrder(index: TermIndex): TermSpan[] {
  const blocks = [...index.blocks()].sort((a, b) => compareComposed(a.nodes[0]!, b.nodes[0]!));
  const spans: TermSpan[] = [];
  for (const block of blocks) {
    for (const term of block.terms) {
      const last = spans.at(-1);
      if (last?.block === block && term.start < last.end) continue;
      spans.push(spanOf(block, term));
    }
  }
  return spans;
}

const blockPosition = (spans: TermSpan[], block: MarkedBlock, start: number) =>
  spans.findIndex((span) => span.block === block && span.start >= start);

/**
 * The span after (or before) `from`, wrapping at the ends; without `from`, the first span at or
 * below the top of the viewport (or the last above its bottom). `entryId` limits it to one entry.
 */
export function stepSpan(
  index: TermIndex,
  from: TermSpan | undefined,
  direction: Direction,
  viewportHeight: number,
  entryId?: string,
): TermSpan | undefined {
  const spans = spansInOrder(index).filter((span) => entryId === undefined || span.entryId === entryId);
  if (spans.length === 0) return undefined;
  let at: number;
  if (from && index.blockOf(from.block.nodes[0]!) === from.block) {
    const here = blockPosition(spans, from.block, from.start);
    const isOnIt = here >= 0 && spans[here]!.start === from.start;
    at = direction === 'next' ? (here < 0 ? 0 : isOnIt ? here + 1 : here) : (here < 0 ? spans.length : here) - 1;
  } else {
    // Binary search by position on screen: reading order is top to bottom.
    let low = 0;
    let high = spans.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (spanRange(spans[middle]!).getBoundingClientRect().bottom < 0) low = middle + 1;
      else high = middle;
    }
    at = direction === 'next' ? low : low - 1;
    if (direction === 'previous') {
      while (at + 1 < spans.length && spanRange(spans[at + 1]!).getBoundingClientRect().top < viewportHeight) at++;
    }
  }
  return spans[(at + spans.length) % spans.length];
}
