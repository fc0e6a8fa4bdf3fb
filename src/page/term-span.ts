import { caretAt } from './caret-at.ts';
import { liveRangeOf } from './mark-block.ts';
import type { MarkedBlock, MarkedTerm, TermIndex } from './term-index.ts';

/**
 * What one tooltip explains: a marked term, or a term with its abbreviation beside it. Pages that
 * define an abbreviation ("DVT (deep vein thrombosis)") get one span, so one tooltip, for both.
 */
export interface TermSpan {
  entryId: string;
  block: MarkedBlock;
  /** Offsets in the block's text. */
  start: number;
  end: number;
}

// "DVT (deep vein thrombosis)", "deep vein thrombosis (DVT)": a space and a parenthesis apart.
const DEFINITION_GAP = 2;

/** The span a term belongs to, with same-entry neighbours at most a parenthesis away. */
export function spanOf(block: MarkedBlock, term: MarkedTerm): TermSpan {
  const { terms } = block;
  let first = terms.indexOf(term);
  let last = first;
  const joins = (a: MarkedTerm | undefined, b: MarkedTerm | undefined) =>
    a !== undefined && b !== undefined && a.entryId === b.entryId && b.start - a.end <= DEFINITION_GAP;
  while (joins(terms[first - 1], terms[first])) first--;
  while (joins(terms[last], terms[last + 1])) last++;
  return { entryId: term.entryId, block, start: terms[first]!.start, end: terms[last]!.end };
}

export const isSameSpan = (a: TermSpan | undefined, b: TermSpan | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.block === b.block && a.start === b.start && a.end === b.end);

/** A live range over the span, for its rects. */
export const spanRange = (span: TermSpan): Range => liveRangeOf(span.block, span.start, span.end);

/** The open shadow roots around an event's real target (its composed path starts inside them). */
function shadowRootsAbove(target: EventTarget | undefined): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let root = target instanceof Node ? target.getRootNode() : undefined;
  while (root instanceof ShadowRoot) {
    roots.push(root);
    root = root.host.getRootNode();
  }
  return roots;
}

const contains = (rect: DOMRect, x: number, y: number) =>
  x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/**
 * The marked term under viewport point (x, y): the caret position there, the index's term at that
 * offset, then a check that the point is inside the term's own rects (a caret is found even in
 * the margin beside a line's end). Firefox and Chromium may report the offset after the glyph
 * under the pointer, so the offset before is tried too.
 */
export function termAtPoint(
  doc: Document,
  index: TermIndex,
  x: number,
  y: number,
  target?: EventTarget,
): TermSpan | undefined {
  const caret = caretAt(doc, x, y, shadowRootsAbove(target));
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  const node = caret.node as Text;
  for (const offset of [caret.offset, caret.offset - 1]) {
    if (offset < 0) continue;
    const term = index.termAt(node, offset);
    if (!term) continue;
    const block = index.blockOf(node)!;
    const span = spanOf(block, term);
    for (const rect of spanRange(span).getClientRects()) if (contains(rect, x, y)) return span;
  }
  return undefined;
}
