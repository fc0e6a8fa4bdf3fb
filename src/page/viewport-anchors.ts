import { caretAt } from './caret-at.ts';

/** Two text nodes bracketing what the reader sees, in document order. */
export interface ViewportAnchors {
  first: Node;
  last: Node;
}

/**
 * A look at the viewport, one hit test per `next()`; its return value is the anchors, undefined when
 * no text is in view. Pulled a step at a time so that a caller can spread dear hit tests over tasks.
 */
export type ViewportLook = Iterator<void, ViewportAnchors | undefined, void>;

/** The text node at viewport point (x, y), or null: one hit test. */
export type TextAt = (x: number, y: number) => Node | null;

// Fractions of the viewport's width sampled along each row.
const COLUMNS = [0.1, 0.5, 0.9];
// The rows near the top and bottom edges bracket what is in view; the middle row is tried only when
// one of them found no text (an empty margin, a picture), as it cannot widen the bracket otherwise.
const EDGE_ROWS = [0.02, 0.98];
const MIDDLE_ROW = 0.5;

const FOLLOWING = 4;
const TEXT_NODE = 3;
const isBefore = (a: Node, b: Node) => a !== b && (a.compareDocumentPosition(b) & FOLLOWING) !== 0;

/**
 * Finds the text at points of a `width` × `height` viewport and returns the first and last in
 * document order. In Chromium 156 a hit test's cost grows with the children of the block it lands in:
 * 6–15 ms over the 20,000 posts of the e2e tests' app, about 0.02 ms over 200 of them (Firefox ESR
 * 153: 0.1 ms or less either way; rerun: node tests/bench/spa-hit-tests.ts). So the look makes six
 * hit tests, not nine, where the edge rows find text, and yields after each.
 */
export function* lookAtViewport(width: number, height: number, textAt: TextAt): ViewportLook {
  let first: Node | undefined;
  let last: Node | undefined;
  let isRowEmpty = false;
  const row = function* (y: number) {
    let isEmpty = true;
    for (const x of COLUMNS) {
      const node = textAt(x * width, y * height);
      if (node) {
        isEmpty = false;
        if (!first || isBefore(node, first)) first = node;
        if (!last || isBefore(last, node)) last = node;
      }
      yield;
    }
    if (isEmpty) isRowEmpty = true;
  };
  for (const y of EDGE_ROWS) yield* row(y);
  if (isRowEmpty) yield* row(MIDDLE_ROW);
  return first && last ? { first, last } : undefined;
}

/** A look at `doc`'s viewport through caret hit tests. */
export function viewportLook(doc: Document): ViewportLook {
  const textAt: TextAt = (x, y) => {
    const node = caretAt(doc, x, y)?.node;
    return node && node.nodeType === TEXT_NODE ? node : null;
  };
  // A document without a window (a template's) has no viewport: the look finds nothing.
  const view = doc.defaultView;
  return lookAtViewport(view?.innerWidth ?? 0, view?.innerHeight ?? 0, view ? textAt : () => null);
}
