import { isInline } from './inline-tags.ts';
import { isSkipped } from './skip-rules.ts';

/** A run of text a reader sees as continuous: the text of adjacent inline nodes, joined. */
export interface TextBlock {
  text: string;
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
}

export interface BlockWalker {
  /** The next block with visible characters, or undefined when the walk is over. */
  next(): TextBlock | undefined;
}

const ELEMENT = 1;
const TEXT = 3;
const NOT_BLANK = /\S/;

/** Where a walk runs: all of `root`'s descendants, or the siblings `first`…`last` and theirs. */
export type WalkScope = { root: Node } | { first: Node; last: Node };

/**
 * Walks in document order, one block at a time, so a caller can stop between blocks and resume
 * later (the engine works in slices). Skipped regions are not entered; open shadow roots are
 * reported to `onShadowRoot` to be walked as roots of their own.
 */
export function createBlockWalker(
  scope: WalkScope,
  onShadowRoot: (shadowRoot: ShadowRoot) => void = () => {},
): BlockWalker {
  // The walk ends on climbing back to `top` (a whole root) or past `last` (a run of siblings).
  const top = 'root' in scope ? scope.root : scope.first.parentNode;
  const last = 'root' in scope ? null : scope.last;
  let node: Node | null = 'root' in scope ? scope.root.firstChild : scope.first;
  let nodes: Text[] = [];
  let starts: number[] = [];
  let text = '';

  const flush = (): TextBlock | undefined => {
    if (nodes.length === 0) return undefined;
    const block = NOT_BLANK.test(text) ? { text, nodes, starts } : undefined;
    nodes = [];
    starts = [];
    text = '';
    return block;
  };

  return {
    next() {
      while (node) {
        let isBoundary = false;
        let canDescend = false;
        if (node.nodeType === TEXT) {
          const data = (node as Text).data;
          if (data.length > 0) {
            nodes.push(node as Text);
            starts.push(text.length);
            text += data;
          }
        } else if (node.nodeType === ELEMENT) {
          const element = node as Element;
          if (isSkipped(element)) {
            isBoundary = true;
          } else {
            isBoundary = !isInline(element);
            canDescend = true;
            if (element.shadowRoot) onShadowRoot(element.shadowRoot);
          }
        }
        // Advance in document order; leaving a non-inline element also ends the run.
        if (canDescend && node.firstChild) {
          node = node.firstChild;
        } else {
          while (node && node !== last && node.parentNode !== top && !node.nextSibling) {
            node = node.parentNode;
            if (node && node.nodeType === ELEMENT && !isInline(node as Element)) isBoundary = true;
          }
          node = !node || node === last ? null : node.nextSibling;
        }
        if (isBoundary) {
          const block = flush();
          if (block) return block;
        }
      }
      return flush();
    },
  };
}
