import { isOneBlock, someChildUnits, type ChildUnit } from './child-units.ts';
import type { UnwalkedBlock } from './lazy-block.ts';
import type { SievedScope } from './subtree-sieve.ts';
import { DONE, WORKED, type WalkProgress } from './walk-progress.ts';

/**
 * Past this many elements a root is read element by element (`createHugeDescent`), not read whole
 * and sieved: its text is megabytes (the 4,000-post thread has 59,000 elements and 2.4 MB of text,
 * which took 11–13 ms to read in one call), such pages are dense threads and feeds far more often
 * than not, and a string that size brought the garbage collector into our slices after
 * single-page-app navigations (slices of 100–120 ms on the 120k-node page,
 * tests/e2e/dynamic-pages.test.ts).
 */
export const HUGE_ELEMENTS = 30_000;

/** Elements and runs looked at per step, and children listed at a time: well under a millisecond. */
const UNITS_PER_STEP = 32;
const SHOW_TEXT = 4;
const NOT_BLANK = /\S/;

/** Counted natively, without a wrapper per element (a live collection's length). */
export const elementCount = (root: ParentNode) =>
  'getElementsByTagName' in root
    ? (root as Element).getElementsByTagName('*').length
    : root.querySelectorAll('*').length;

export interface HugeDescent {
  /** The next block found whole, the next part to walk, or how far the descent is. */
  next(): UnwalkedBlock | SievedScope | WalkProgress;
}

/**
 * Reads a huge root (a dense thread, a feed) down to its blocks without walking its text nodes:
 * an element or a run of inline siblings with nothing below it that splits text (a post's
 * paragraph) is one block, handed out with its `textContent` and its first text node, unwalked
 * (lazy-block.ts); any other element is looked into, child by child, without reading its text; a
 * run of inline content that splits text (a `<br>` in it) is handed out to be walked. Nothing is
 * asked of the matcher before the walk: on such a page nearly every post holds a term.
 *
 * So a post of the 120k-node single-page app costs wrappers for its `<article>`, its `<p>` and
 * its first text node, where the walk of the whole root made one for each of its five text nodes
 * and their parents; and no selector query runs over the whole root (skipped-regions.ts: three
 * steps of 15–49 ms there).
 */
export function createHugeDescent(root: Node & ParentNode): HugeDescent {
  const doc = root.ownerDocument ?? (root as unknown as Document);
  const texts = doc.createTreeWalker(root, SHOW_TEXT);
  /** Units to look at, last first; `children`: the rest of a parent's children, to list. */
  const stack: (ChildUnit | { kind: 'children'; parent: Node; from: Node | null })[] = [
    { kind: 'children', parent: root, from: root.firstChild },
  ];

  const firstTextOf = (node: Node): Text | null => {
    if (node.nodeType === 3) return node as Text;
    texts.currentNode = node;
    return texts.nextNode() as Text | null;
  };
  const unwalked = (first: Node, last: Node, text: string): UnwalkedBlock | undefined => {
    if (!NOT_BLANK.test(text)) return undefined;
    const firstText = firstTextOf(first);
    // Gone from the page since its parent was read: its mutation batch will come.
    if (!firstText) return undefined;
    return { kind: 'unwalked', text, first: firstText, scope: { first, last } };
  };

  return {
    next() {
      for (let done = 0; done < UNITS_PER_STEP; done++) {
        const unit = stack.pop();
        if (!unit) return DONE;
        if (unit.kind === 'children') {
          const { units, rest } = someChildUnits(unit.parent, unit.from, UNITS_PER_STEP, texts);
          if (rest) stack.push({ ...unit, from: rest });
          stack.push(...units.reverse());
          continue;
        }
        if (unit.kind === 'run') {
          if (!unit.isOneBlock) return { kind: 'scope', scope: { first: unit.first, last: unit.last } };
          const found = unwalked(unit.first, unit.last, unit.text);
          if (found) return found;
          continue;
        }
        const { node } = unit;
        if (isOneBlock(node)) {
          const found = unwalked(node, node, unit.text ?? node.textContent ?? '');
          if (found) return found;
        } else stack.push({ kind: 'children', parent: node, from: node.firstChild });
      }
      return WORKED;
    },
  };
}
