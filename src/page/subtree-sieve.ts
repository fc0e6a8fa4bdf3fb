import type { WalkScope } from './block-walker.ts';
import { INLINE_TAGS } from './inline-tags.ts';
import { isSkipped, SKIPPED_ATTRIBUTES } from './skip-rules.ts';
import type { TextTests } from './text-tests.ts';
import { DONE, WORKED, type WalkProgress } from './walk-progress.ts';

/** A part of the root the walker must read: a term can be there. */
export interface SievedScope {
  kind: 'scope';
  scope: WalkScope;
}

export interface SubtreeSieve {
  /** The next scope to walk, in document order, or how far the sieve is. */
  next(): SievedScope | WalkProgress;
}

/**
 * Any element in which text is split into several blocks: not inline, or skipped, or a line break.
 * An element with none of these below it holds one block, whose text is its `textContent`.
 */
const SPLITS_BLOCKS = `:not(${[...INLINE_TAGS].join(',')}),${SKIPPED_ATTRIBUTES}`;
/** Elements and runs looked at per step: well under a millisecond. */
const UNITS_PER_STEP = 32;
/**
 * Past this many elements a root is walked whole, unread: its text is megabytes (the 4,000-post
 * thread has 59,000 elements and 2.4 MB of text, which took 11–13 ms to read in one call), such
 * pages are dense threads and feeds far more often than not, and a string that size brought the
 * garbage collector into our slices after single-page-app navigations (slices of 100–120 ms on the
 * 120k-node page, tests/e2e/dynamic-pages.test.ts).
 */
export const HUGE_ELEMENTS = 30_000;

/**
 * Characters of a subtree's text asked `mayHold` in one step: about a millisecond (the whole
 * lighthouse article, 0.5 MB, took 4.9–6.3 ms in a content script of Chromium 156, and made the
 * longest slice of that page 10.6 ms in one step).
 */
const SCAN_CHARS = 100_000;

type Unit =
  | { kind: 'element'; node: Node & ParentNode; text: string | undefined }
  | { kind: 'run'; first: Node; last: Node; text: string; isOneBlock: boolean }
  /** A long text being asked `mayHold` a stretch at a time, from `from` on. */
  | { kind: 'scan'; node: Node & ParentNode; text: string; from: number };

/**
 * Finds the parts of `root` where a term can be, reading whole subtrees with `textContent` (one
 * native call, no wrapper per text node for the extension's world) instead of walking them:
 *
 * - no form readable anywhere in a subtree's text, word boundaries or not (`mayHold`): nothing to
 *   walk there;
 * - a subtree that is one block (no element below it splits text): its text is the block's, so the
 *   matcher decides exactly whether it is walked;
 * - dense text (a forum thread about the topic): walked whole, looking inside would cost more;
 * - otherwise its children are looked at, each element apart and each run of inline content
 *   (text joined across inline elements) as one, walked if `mayHold` says a form can be there.
 *
 * Text read across several blocks is only ever asked `mayHold`, which asks for no word boundary
 * before or after a form, so text joined across a block boundary ("…foo</p><p>calf…") cannot hide
 * a term.
 */
export function createSubtreeSieve(root: Node & ParentNode, tests: TextTests): SubtreeSieve {
  const stack: Unit[] = [{ kind: 'element', node: root, text: undefined }];

  const scopeOf = (node: Node): SievedScope => ({
    kind: 'scope',
    scope: node === root ? { root } : { first: node, last: node },
  });
  /** A form can be in `node`'s text: walk it whole if dense, else look at its children. */
  const lookInside = (node: Node & ParentNode, text: string): SievedScope | undefined => {
    if (tests.isDense(text)) return scopeOf(node);
    stack.push(...unitsOf(node).reverse());
    return undefined;
  };
  const examine = (node: Node & ParentNode, known: string | undefined): SievedScope | undefined => {
    if (node === root && elementCount(root) > HUGE_ELEMENTS) return scopeOf(root);
    const text = known ?? node.textContent ?? '';
    if (isOneBlock(node)) return tests.holds(text) ? scopeOf(node) : undefined;
    if (text.length > SCAN_CHARS) {
      stack.push({ kind: 'scan', node, text, from: 0 });
      return undefined;
    }
    return tests.mayHold(text) ? lookInside(node, text) : undefined;
  };

  return {
    next() {
      for (let done = 0; done < UNITS_PER_STEP; done++) {
        const unit = stack.pop();
        if (!unit) return DONE;
        if (unit.kind === 'scan') {
          const { node, text, from } = unit;
          const to = from + SCAN_CHARS;
          if (tests.mayHold(text, from, to)) return lookInside(node, text) ?? WORKED;
          if (to < text.length) stack.push({ ...unit, from: to });
          // A stretch is a step of its own, so the caller reads the clock after it.
          return WORKED;
        }
        if (unit.kind === 'element') {
          const found = examine(unit.node, unit.text);
          if (found) return found;
        } else if (unit.isOneBlock ? tests.holds(unit.text) : tests.mayHold(unit.text)) {
          return { kind: 'scope', scope: { first: unit.first, last: unit.last } };
        }
      }
      return WORKED;
    },
  };
}

/** Counted natively, without a wrapper per element (a live collection's length). */
const elementCount = (root: ParentNode) =>
  'getElementsByTagName' in root
    ? (root as Element).getElementsByTagName('*').length
    : root.querySelectorAll('*').length;

/** Does nothing below `node` split its text into blocks? Most leaves have no element at all. */
export const isOneBlock = (node: ParentNode) =>
  node.childElementCount === 0 || node.querySelector(SPLITS_BLOCKS) === null;

/**
 * The children of `parent` as the walker would split them: an element with text that is not
 * inline (or is skipped) ends the run of inline content before it. Skipped elements are dropped;
 * an element without text splits nothing (`cal<div></div>f` is one block). A run of text and inline
 * elements with nothing below them that splits text is one block, and its text the block's.
 */
function unitsOf(parent: Node): Unit[] {
  const units: Unit[] = [];
  let first: Node | null = null;
  let last: Node | null = null;
  let text = '';
  let isRunOneBlock = true;
  const endRun = () => {
    if (first) units.push({ kind: 'run', first, last: last!, text, isOneBlock: isRunOneBlock });
    first = last = null;
    text = '';
    isRunOneBlock = true;
  };
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === 1) {
      const element = child as Element;
      const isOwnBlock = !INLINE_TAGS.has(element.localName) || isSkipped(element);
      const content = element.textContent ?? '';
      if (isOwnBlock && content !== '') {
        endRun();
        if (!isSkipped(element)) units.push({ kind: 'element', node: element, text: content });
        continue;
      }
      text += content;
      if (isRunOneBlock) isRunOneBlock = !isOwnBlock && isOneBlock(element);
    } else if (type === 3) text += (child as Text).data;
    else continue;
    first ??= child;
    last = child;
  }
  endRun();
  return units;
}
