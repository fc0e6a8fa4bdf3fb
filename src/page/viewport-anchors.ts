import { caretAt } from './caret-at.ts';

/** Two text nodes bracketing what the reader sees, in document order. */
export interface ViewportAnchors {
  first: Node;
  last: Node;
}

// Points sampled across the viewport, as fractions of its width and height.
const SAMPLES = [0.02, 0.5, 0.98].flatMap((y) => [0.1, 0.5, 0.9].map((x) => [x, y] as const));

function textNodeAt(doc: Document, x: number, y: number): Node | null {
  const node = caretAt(doc, x, y)?.node;
  return node && node.nodeType === 3 ? node : null;
}

/**
 * Finds the text at nine points of the viewport and returns the first and last in document order;
 * undefined when no text is in view. Nine hit tests, on a layout the browser already has.
 */
export function viewportAnchors(doc: Document): ViewportAnchors | undefined {
  const view = doc.defaultView;
  if (!view) return undefined;
  const found = SAMPLES.map(([x, y]) => textNodeAt(doc, x * view.innerWidth, y * view.innerHeight)).filter(
    (node): node is Node => node !== null,
  );
  if (found.length === 0) return undefined;
  found.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
  return { first: found[0]!, last: found.at(-1)! };
}
