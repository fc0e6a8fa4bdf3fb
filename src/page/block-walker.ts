import { blockContainerOf } from './inline-tags.ts';
import { searchSkippedRegions, type SkippedRegions } from './skipped-regions.ts';

/** A run of text a reader sees as continuous: the text of adjacent inline nodes, joined. */
export interface TextBlock {
  text: string;
  /** Valid until the next call of `next()`: the walker reuses these arrays. */
  nodes: readonly Text[];
  /** Offset of each node's first character in `text`. */
  starts: readonly number[];
}

export interface BlockWalker {
  /**
   * The next block with visible characters; a block with no nodes when a chunk of other work was
   * done instead (so the caller can check its time budget); undefined when the walk is over.
   */
  next(): TextBlock | undefined;
}

/** Where a walk runs: all of `root`'s descendants, or the siblings `first`…`last` and theirs. */
export type WalkScope = { root: Node } | { first: Node; last: Node };

const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;
const FOLLOWING = 4;
const CONTAINED_BY = 16;
const NOT_BLANK = /\S/;
/** Elements checked for a shadow root per call of `next()`: about a millisecond of work. */
const SHADOW_CHUNK = 500;
const NOTHING_YET: TextBlock = { text: '', nodes: [], starts: [] };

/**
 * Walks text in document order, one block at a time, so a caller can stop between blocks and
 * resume later (the engine works in slices).
 *
 * It visits text nodes only (a native `TreeWalker`), and their parents. Touching a node from a
 * content script makes the browser build a wrapper for it in the extension's world; on a 3.5 MB
 * thread, visiting every element too doubled the cold cost of the walk (measured in Chromium 156).
 * Skipped regions come from one selector query; open shadow roots are looked for afterwards, when
 * most elements already have wrappers, and reported to `onShadowRoot` to be walked as roots.
 */
export function createBlockWalker(
  scope: WalkScope,
  onShadowRoot: (shadowRoot: ShadowRoot) => void = () => {},
): BlockWalker {
  const top = 'root' in scope ? scope.root : scope.first.parentNode!;
  const doc = top.ownerDocument ?? (top as Document);
  const texts = doc.createTreeWalker(top, SHOW_TEXT);
  const last = 'root' in scope ? null : scope.last;
  let pending: Text | null = null;
  if (!('root' in scope)) {
    texts.currentNode = scope.first;
    // nextNode() moves past the current node, so a text node that starts the run is taken first.
    if (scope.first.nodeType === 3) pending = scope.first as Text;
  }
  // Found on the first calls, so the work falls inside the caller's measured slices.
  const skippedSearch = searchSkippedRegions(scope);
  let skipped: SkippedRegions | undefined;
  let isTextDone = false;
  const shadowHosts = shadowHostSearch(scope, doc);

  // Reused buffers: most blocks have no term, and need no arrays of their own.
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  let container: Node | null = null;
  let lastParent: Node | null = null;
  let lastContainer: Node | null = null;

  const containerOf = (parent: Node): Node => {
    if (parent !== lastParent) {
      lastParent = parent;
      lastContainer = blockContainerOf(parent, top);
    }
    return lastContainer!;
  };

  const nextText = (): Text | null => {
    if (pending) {
      const node = pending;
      pending = null;
      return node;
    }
    const node = texts.nextNode() as Text | null;
    if (node && last && last !== node) {
      const position = last.compareDocumentPosition(node);
      if (position & FOLLOWING && !(position & CONTAINED_BY)) return null;
    }
    return node;
  };

  let isHandedOut = false;
  const flush = (): TextBlock | undefined => {
    const block = nodes.length > 0 && NOT_BLANK.test(text) ? { text, nodes, starts } : undefined;
    // A block handed out keeps the buffers until the next call; a blank one is dropped at once.
    if (block) isHandedOut = true;
    else nodes.length = starts.length = 0;
    text = '';
    container = null;
    return block;
  };

  return {
    next() {
      if (!skipped) {
        // Native queries over the whole scope (~15 ms each on a page of 120k text nodes): let the
        // caller check its time budget after each.
        skipped = skippedSearch.step();
        return NOTHING_YET;
      }
      if (isHandedOut) {
        nodes.length = starts.length = 0;
        isHandedOut = false;
      }
      while (!isTextDone) {
        const node = nextText();
        if (!node) {
          isTextDone = true;
          const block = flush();
          if (block) return block;
          break;
        }
        if (skipped.contains(node)) {
          // Text in a skipped region ends the run it interrupts: no term spans a <code> element.
          container = null;
          continue;
        }
        const nodeContainer = containerOf(node.parentNode!);
        // Same container: a <br> (or other non-inline element) just before still ends the run.
        const isBoundary = nodeContainer !== container || skipped.followsBreak(node);
        if (isBoundary && nodes.length > 0) {
          pending = node;
          const block = flush();
          if (block) return block;
          continue;
        }
        container = nodeContainer;
        const data = node.data;
        nodes.push(node);
        starts.push(text.length);
        text += data;
      }
      return shadowHosts.search(onShadowRoot) ? NOTHING_YET : undefined;
    },
  };
}

/** Looks through the scope's elements for open shadow roots, a chunk at a time. */
function shadowHostSearch(scope: WalkScope, doc: Document): { search(found: (root: ShadowRoot) => void): boolean } {
  const roots = 'root' in scope ? [scope.root] : siblings(scope);
  let walker: TreeWalker | undefined;
  return {
    /** Checks the next chunk; returns false once every element has been checked. */
    search(found) {
      for (let checked = 0; checked < SHADOW_CHUNK; checked++) {
        let element = walker?.nextNode() as Element | null | undefined;
        while (!element) {
          const next = roots.shift();
          if (!next) return false;
          walker = doc.createTreeWalker(next, SHOW_ELEMENT);
          if (next.nodeType === 1) element = next as Element;
          else element = walker.nextNode() as Element | null;
        }
        if (element.shadowRoot) found(element.shadowRoot);
      }
      return true;
    },
  };
}

function siblings(scope: { first: Node; last: Node }): Node[] {
  const list: Node[] = [];
  for (let node: Node | null = scope.first; node; node = node === scope.last ? null : node.nextSibling) list.push(node);
  return list;
}
