import { caretAt } from './caret-at.ts';
import { firstNodeOf } from './lazy-block.ts';
import { spanOf, type TermSpan } from './term-span.ts';
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
  if (a.getRootNode() === b.getRootNode())
    return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
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

/** Where a step starts: a span, or a text position (the top of the viewport). */
type Origin = { block: MarkedBlock; start: number } | { node: Node };

const firstNode = firstNodeOf;

/** Does `block` hold a term to step to? (Without building its spans: this runs for every block.) */
const hasStop = (block: MarkedBlock, entryId: string | undefined) =>
  entryId === undefined ? block.terms.length > 0 : block.terms.some((term) => term.entryId === entryId);

/** The terms of `block` that can be stepped to, in order; spans of one entry collapse to one stop. */
function stops(block: MarkedBlock, entryId: string | undefined): TermSpan[] {
  const spans: TermSpan[] = [];
  // A lazy block whose text changed before its batch ran has no nodes to show (lazy-block.ts).
  if (block.nodes.length === 0) return spans;
  for (const term of block.terms) {
    if (entryId !== undefined && term.entryId !== entryId) continue;
    const last = spans.at(-1);
    if (last && term.start < last.end) continue;
    spans.push(spanOf(block, term));
  }
  return spans;
}

/**
 * The span after (or before) `from`, wrapping at the ends; without `from`, the first span from the
 * top of the viewport on (or the last before it). `entryId` limits it to one entry. One pass over
 * the marked blocks, comparing positions, rather than sorting them all: a huge page has 20,000.
 */
export function stepSpan(
  index: TermIndex,
  from: TermSpan | undefined,
  direction: Direction,
  doc: Document,
  entryId?: string,
): TermSpan | undefined {
  const isNext = direction === 'next';
  const isCurrent = from !== undefined && index.blockOf(firstNode(from.block)) === from.block;
  let origin: Origin | undefined = isCurrent ? { block: from.block, start: from.start } : undefined;
  if (!origin) {
    const top = caretAt(doc, 1, 1)?.node;
    if (top) origin = { node: top };
  }
  // Within the current block first.
  if (origin && 'block' in origin) {
    const here = stops(origin.block, entryId);
    const start = origin.start;
    const found = isNext ? here.find((span) => span.start > start) : here.findLast((span) => span.start < start);
    if (found) return found;
  }
  const originNode = origin && ('block' in origin ? firstNode(origin.block) : origin.node);
  // The nearest block on the wanted side (`best`), and the farthest on the other (for wrapping).
  let best: MarkedBlock | undefined;
  let wrap: MarkedBlock | undefined;
  for (const block of index.blocks()) {
    if (!hasStop(block, entryId) || (origin && 'block' in origin && block === origin.block)) continue;
    const node = firstNode(block);
    const order = originNode ? compareComposed(originNode, node) : -1;
    // `next`: blocks after the origin (a block holding the viewport's top text counts as after).
    const isOnSide = isNext ? order < 0 || (!isCurrent && order === 0) : order > 0;
    if (isOnSide) {
      if (!best || compareComposed(node, firstNode(best)) < 0 === isNext) best = block;
    } else if (!wrap || compareComposed(node, firstNode(wrap)) < 0 === isNext) wrap = block;
  }
  const target = best ?? wrap ?? (origin && 'block' in origin ? origin.block : undefined);
  if (!target) return undefined;
  const spans = stops(target, entryId);
  return isNext ? spans[0] : spans.at(-1);
}
