import { blockContainerOf } from './inline-tags.ts';
import { searchShadowHosts } from './shadow-hosts.ts';
import { searchSkippedRegions } from './skipped-regions.ts';
import { DONE, WORKED, type WalkProgress } from './walk-progress.ts';

/** A run of text a reader sees as continuous: the text of adjacent inline nodes, joined. */
export interface TextBlock {
  kind: 'block';
  text: string;
  /** Valid until the next call of `next()`: the walker reuses these arrays. */
  nodes: readonly Text[];
  /** Offset of each node's first character in `text`. */
  starts: readonly number[];
}

export interface BlockWalker {
  /** The next block with visible characters, or how far the walk is (walk-progress.ts). */
  next(): TextBlock | WalkProgress;
}

/** Where a walk runs: all of `root`'s descendants, or the siblings `first`…`last` and theirs. */
export type WalkScope = { root: Node } | { first: Node; last: Node };

const SHOW_TEXT = 4;
const FOLLOWING = 4;
const CONTAINED_BY = 16;
const NOT_BLANK = /\S/;

/**
 * Walks text in document order, one block at a time, so a caller can stop between blocks and
 * resume later (the engine works in slices).
 *
 * It visits text nodes only (a native `TreeWalker`), and their parents. Touching a node from a
 * content script makes the browser build a wrapper for it in the extension's world; on a 3.5 MB
 * thread, visiting every element too doubled the cold cost of the walk (measured in Chromium 156).
 * Skipped regions and line breaks come from selector queries; open shadow roots are looked for
 * afterwards (shadow-hosts.ts) and reported to `onShadowRoot` to be walked as roots; without it,
 * the caller looks for them itself. The loop is written out in one function, with no helper call
 * per text node.
 */
export function createBlockWalker(scope: WalkScope, onShadowRoot?: (shadowRoot: ShadowRoot) => void): BlockWalker {
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
  let skippedParents: ReadonlySet<Node> | undefined;
  let lineBreaks: Map<Node, BreaksOfContainer> | undefined;
  let isTextDone = false;
  const shadowHosts = onShadowRoot && searchShadowHosts(scope, doc);

  // Reused buffers: most blocks have no term, and need no arrays of their own.
  const nodes: Text[] = [];
  const starts: number[] = [];
  const block: TextBlock = { kind: 'block', text: '', nodes, starts };
  let text = '';
  let container: Node | null = null;
  // Consecutive text nodes mostly share a parent: its block container is looked up once.
  let lastParent: Node | null = null;
  let lastContainer: Node | null = null;
  let lastBreaks: BreaksOfContainer | undefined;
  let isHandedOut = false;

  return {
    next() {
      if (!skippedParents) {
        // Native queries over the whole scope (~15 ms each on a page of 120k text nodes): let the
        // caller check its time budget after each.
        const found = skippedSearch.step();
        if (found) {
          skippedParents = found.skippedParents;
          if (found.breaks.length > 0) lineBreaks = breaksByContainer(found.breaks, top);
        }
        return WORKED;
      }
      if (isHandedOut) {
        nodes.length = starts.length = 0;
        isHandedOut = false;
      }
      const hasSkipped = skippedParents.size > 0;
      while (!isTextDone) {
        let node: Text | null;
        if (pending) {
          node = pending;
          pending = null;
        } else {
          node = texts.nextNode() as Text | null;
          if (node && last && last !== node) {
            const position = last.compareDocumentPosition(node);
            if (position & FOLLOWING && !(position & CONTAINED_BY)) node = null;
          }
        }
        if (!node) isTextDone = true;
        else {
          const parent = node.parentNode!;
          // Back from an inline element to the run's own block (`deep <b>vein</b> thrombosis`):
          // its container is the run's, with no climb.
          if (parent !== lastParent && parent !== container) {
            // Text in a skipped region ends the run it interrupts: no term spans a <code> element.
            lastParent = parent;
            lastContainer = hasSkipped && skippedParents.has(parent) ? null : blockContainerOf(parent, top);
            lastBreaks = lastContainer ? lineBreaks?.get(lastContainer) : undefined;
          }
          if (lastContainer === null) {
            container = null;
            continue;
          }
          // Same container: a <br> (or <hr>) since the last text node still ends the run.
          const isBoundary = (lastBreaks !== undefined && passBreaks(lastBreaks, node)) || lastContainer !== container;
          if (!isBoundary || nodes.length === 0) {
            container = lastContainer;
            nodes.push(node);
            starts.push(text.length);
            text += node.data;
            continue;
          }
          pending = node;
        }
        // A run ended: hand it out if it has visible characters; a blank one is dropped at once.
        const isVisible = nodes.length > 0 && NOT_BLANK.test(text);
        block.text = text;
        text = '';
        container = null;
        if (isVisible) {
          isHandedOut = true;
          return block;
        }
        nodes.length = starts.length = 0;
      }
      return shadowHosts?.search(onShadowRoot!) ? WORKED : DONE;
    },
  };
}

/** The line breaks of one block container, in document order, and the first not yet passed. */
interface BreaksOfContainer {
  breaks: Element[];
  next: number;
}

/** Line breaks grouped by the block container whose runs they split. */
function breaksByContainer(breaks: readonly Element[], top: Node): Map<Node, BreaksOfContainer> {
  const groups = new Map<Node, BreaksOfContainer>();
  for (const element of breaks) {
    const container = blockContainerOf(element.parentNode!, top);
    let group = groups.get(container);
    if (!group) groups.set(container, (group = { breaks: [], next: 0 }));
    group.breaks.push(element);
  }
  return groups;
}

/** Moves past the breaks before `node` (the walk goes in document order); were there any? */
function passBreaks(group: BreaksOfContainer, node: Node): boolean {
  const start = group.next;
  while (group.next < group.breaks.length && group.breaks[group.next]!.compareDocumentPosition(node) & FOLLOWING)
    group.next++;
  return group.next > start;
}
