import type { EarlierBlocks } from '../matcher/matcher.ts';
import { createElementTexts, type ElementTexts } from './element-texts.ts';
import { blockContainerOf, isInline } from './inline-tags.ts';

/**
 * How many blocks before a block the matcher may read. The rules that read them reach four
 * sentences back in all (`MAX_BACK`, discourse-anchor.ts): on the held-out health text with each
 * line (a sentence) its own block (`node tests/sense/score-text.ts /tmp/held8/health --paragraphs`),
 * one line back marked 1,287 of 1,534 uses, two 1,306, three 1,315, four and eight 1,319, all with
 * the same 16 wrong marks.
 */
export const MAX_EARLIER_BLOCKS = 4;
/**
 * How much of their text, the nearest kept: four sentences of a post are rarely longer; 800 and
 * 3,000 characters gave the same marks there.
 */
export const MAX_EARLIER_CHARS = 800;

/** Where no earlier block is taken: menus, navigation, page furniture, quotes of another post. */
const NO_CONTEXT = 'nav, menu, footer, header, aside, blockquote, [role="navigation"], [role="menu"], [role="menubar"]';

export interface EarlierContext {
  /** The question the matcher may ask of a block (`Matcher.match`), or undefined if it has none. */
  of(first: Text | undefined, root: Node): EarlierBlocks | undefined;
  /** Forgets the texts read so far: the page may have changed. */
  forget(): void;
}

/**
 * A post's later paragraphs take the leg its earlier ones named (docs/sense.md, "Earlier blocks"):
 * the blocks before a block are the lines before it in its own element (split by `<br>`) and, for a
 * paragraph (`p`), the paragraphs right before it in the same parent. Nothing else is read: a
 * heading, a rule, a list, a quote, a `div` (another post, as often as not) or any other element
 * ends the look back, which never leaves the parent, so it never crosses a region's edge, a list
 * item or another post's element. The matcher asks only for a block with a weak form that the
 * rules reading the sentences before could take (or a red clot with no place, or a cramp of a block
 * that names no leg), and each element's text is read once until `forget`.
 */
export function createEarlierContext(texts: ElementTexts = createElementTexts()): EarlierContext {
  const textOf = (element: Element) => texts.of(element);
  return {
    of(first, root) {
      if (!first) return undefined;
      return () => lookBack(first, root, textOf).text;
    },
    forget() {
      texts.forget();
    },
  };
}

/** What the look back before a block read. */
export interface LookBack {
  /** The text of the blocks before, one a line, the nearest last. */
  text: string;
  /**
   * The first element read, where nothing with text before it in the post was left unread (the
   * look back ended at an element or a region's edge, not at its limits): a heading right before it
   * heads the block (post-heading.ts). Undefined where it was cut.
   */
  from: Element | undefined;
}

const NOTHING: LookBack = { text: '', from: undefined };

/** The blocks before the one that starts at `first` (above). `textOf` reads an element's text. */
export function lookBack(first: Text, root: Node, textOf: (element: Element) => string): LookBack {
  const container = blockContainerOf(first, root);
  if (container.nodeType !== 1 || container === root) return NOTHING;
  const element = container as Element;
  if (element.closest(NO_CONTEXT)) return NOTHING;
  const lines: string[] = [];
  let chars = 0;
  const isFull = () => lines.length >= MAX_EARLIER_BLOCKS || chars >= MAX_EARLIER_CHARS;
  const take = (line: string) => {
    if (line.trim() === '') return;
    lines.push(line);
    chars += line.length;
  };
  // The lines before, in the block's own element: text and inline elements, up to each `<br>`.
  let top: Node = first;
  while (top.parentNode && top.parentNode !== element) top = top.parentNode;
  let line = '';
  let node = top.previousSibling;
  for (; node && !isFull(); node = node.previousSibling) {
    if (node.nodeType === 3) line = (node.nodeValue ?? '') + line;
    else if (node.nodeType !== 1) continue;
    else if ((node as Element).localName === 'br') {
      take(line);
      line = '';
    } else if (isInline(node as Element)) line = textOf(node as Element) + line;
    else break;
  }
  take(line);
  let from = node === null ? element : undefined;
  // The block's first line starts its paragraph: the paragraphs before it, where nothing but
  // empty elements (an image, a spacer) stands between.
  if (node === null && element.localName === 'p')
    for (let before = element.previousElementSibling; before && !isFull(); before = before.previousElementSibling) {
      if (before.localName === 'p') {
        take(textOf(before));
        from = before;
      } else if (before.localName === 'hr' || textOf(before).trim() !== '') break;
    }
  const text = lines.reverse().join('\n');
  if (text.length <= MAX_EARLIER_CHARS) return { text, from };
  return { text: text.slice(-MAX_EARLIER_CHARS), from: undefined };
}
