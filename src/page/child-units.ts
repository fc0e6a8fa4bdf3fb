import { INLINE_TAGS } from './inline-tags.ts';
import { isSkipped, SKIPPED_ATTRIBUTES } from './skip-rules.ts';

/**
 * A part of an element's children as the walker would split them: an element that is a block of
 * its own (its text, when already read), or a run of text and inline elements.
 */
export type ChildUnit =
  | { kind: 'element'; node: Node & ParentNode; text: string | undefined }
  | { kind: 'run'; first: Node; last: Node; text: string; isOneBlock: boolean };

/**
 * Any element in which text is split into several blocks: not inline, or skipped, or a line break.
 * An element with none of these below it holds one block, whose text is its `textContent`.
 */
const SPLITS_BLOCKS = `:not(${[...INLINE_TAGS].join(',')}),${SKIPPED_ATTRIBUTES}`;

/** Does nothing below `node` split its text into blocks? Most leaves have no element at all. */
export const isOneBlock = (node: ParentNode) =>
  node.childElementCount === 0 || node.querySelector(SPLITS_BLOCKS) === null;

/**
 * Does an element hold text (a text node with characters), asked without reading its text: the
 * first text node after it, from `texts` (a walker of text nodes over the root, reused).
 */
function holdsText(element: Element, texts: TreeWalker): boolean {
  texts.currentNode = element;
  for (let node = texts.nextNode(); node && element.contains(node); node = texts.nextNode())
    if ((node as Text).data !== '') return true;
  return false;
}

/**
 * The children of `parent` as the walker would split them: an element with text that is not
 * inline (or is skipped) ends the run of inline content before it. Skipped elements are dropped;
 * an element without text splits nothing (`cal<div></div>f` is one block). A run of text and inline
 * elements with nothing below them that splits text is one block, and its text the block's.
 *
 * With `texts`, an element that is a block of its own is not read (its text is `undefined`): after
 * a run of inline content it is asked whether it holds text at all (does it end the run?), so a
 * huge root's posts are not read twice (huge-descent.ts).
 */
export function childUnitsOf(parent: Node, texts?: TreeWalker): ChildUnit[] {
  return someChildUnits(parent, parent.firstChild, Infinity, texts).units;
}

/**
 * The units of `parent`'s children from `from` on, ending after the first element unit past
 * `max` units (never inside a run of inline content, which could join across the cut), and the
 * child to go on from (`null`: none left). A parent with 20,000 posts is listed in steps.
 */
export function someChildUnits(
  parent: Node,
  from: Node | null,
  max: number,
  texts?: TreeWalker,
): { units: ChildUnit[]; rest: Node | null } {
  const units: ChildUnit[] = [];
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
  let child = from;
  for (; child && (units.length < max || first); child = child.nextSibling) {
    const type = child.nodeType;
    if (type === 1) {
      const element = child as Element;
      const isOwnBlock = !INLINE_TAGS.has(element.localName) || isSkipped(element);
      if (isOwnBlock && texts) {
        // With no run open, an element without text starts none either: no need to ask.
        if (!first || holdsText(element, texts)) {
          endRun();
          if (!isSkipped(element)) units.push({ kind: 'element', node: element, text: undefined });
          continue;
        }
        isRunOneBlock = false;
      } else {
        const content = element.textContent ?? '';
        if (isOwnBlock && content !== '') {
          endRun();
          if (!isSkipped(element)) units.push({ kind: 'element', node: element, text: content });
          continue;
        }
        text += content;
        if (isRunOneBlock) isRunOneBlock = !isOwnBlock && isOneBlock(element);
      }
    } else if (type === 3) text += (child as Text).data;
    else continue;
    first ??= child;
    last = child;
  }
  endRun();
  return { units, rest: child };
}
