import type { PostHeading } from '../matcher/matcher.ts';
import { MAX_HEADING_CHARS } from '../matcher/heading-leg.ts';
import { lookBack } from './earlier-blocks.ts';
import { createElementTexts, type ElementTexts } from './element-texts.ts';

/** How many elements with no text (an image, a spacer, an empty wrapper) the look back may pass. */
const MAX_STEPS = 12;
/** How many ancestors up the look back may climb from a post's first block. */
const MAX_CLIMB = 3;

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** The edge of a region: the look back never climbs out of it. */
const REGIONS = new Set(['body', 'main', 'article', 'section']);
const BOLD = new Set(['b', 'strong']);

export interface HeadingContext {
  /** The question the matcher may ask of a block (`Matcher.match`), or undefined if it has none. */
  of(first: Text | undefined, root: Node): PostHeading | undefined;
  /** Forgets the texts and headings read so far: the page may have changed. */
  forget(): void;
}

/**
 * A post's paragraphs take the leg its title names ("Knee diary, week 3" over "The swelling goes
 * down overnight": docs/sense.md, "A heading that names the writer's leg"). A block's heading is
 * the `h1`–`h6` (or an article `header`'s) right before the blocks the matcher is given before it
 * (earlier-blocks.ts), with nothing between but elements with no text, or the edge of the block's
 * ancestors where the post opens them; or a post's bold first line (a paragraph that is one `b` or
 * `strong` and opens its parent, or such a line before a `<br>` in the block's own element). So no
 * text of the post between the heading and the block goes unread by the matcher: a look back cut
 * at four blocks or 800 characters, an element with text (a `div` is another post as often as
 * not), a rule, a list or a quote, and a region's edge end it with no heading. The page gives the
 * text; the matcher says whether it names the writer's leg (heading-leg.ts), and asks only for a
 * block with a sign it could lend it to.
 */
export function createHeadingContext(texts: ElementTexts = createElementTexts()): HeadingContext {
  let headings = new WeakMap<Element, string>();
  const textOf = (element: Element) => texts.of(element);
  const headingOf = (first: Text, root: Node): string => {
    const { from } = lookBack(first, root, textOf);
    if (!from || HEADINGS.has(from.localName)) return '';
    // A bold first line heads the lines after it in its own element, not itself.
    const line = boldFirstLine(from);
    if (line) return line.contains(first) ? '' : textOf(line).trim();
    if (from.localName === 'p' && isBold(from, textOf) && from.previousElementSibling === null)
      return from.contains(first) ? '' : textOf(from).trim();
    let heading = headings.get(from);
    if (heading === undefined) {
      heading = headingBefore(from, textOf);
      headings.set(from, heading);
    }
    return heading;
  };
  return {
    of(first, root) {
      if (!first) return undefined;
      return () => {
        const heading = headingOf(first, root);
        return heading.length > MAX_HEADING_CHARS ? '' : heading;
      };
    },
    forget() {
      texts.forget();
      headings = new WeakMap();
    },
  };
}

/** The text of the heading right before `from`, past elements with no text and ancestors' edges; or ''. */
function headingBefore(from: Element, textOf: (element: Element) => string): string {
  let node = from;
  for (let steps = 0, climbs = 0; steps < MAX_STEPS; steps++) {
    const before = node.previousElementSibling;
    if (!before) {
      const parent = node.parentElement;
      if (!parent || REGIONS.has(parent.localName) || ++climbs > MAX_CLIMB) return '';
      node = parent;
      continue;
    }
    if (HEADINGS.has(before.localName)) return textOf(before).trim();
    // An article's title in its `header`: "<header><h1>Knee diary</h1><p>By Sam</p></header>".
    if (before.localName === 'header') {
      const inside = before.querySelectorAll('h1, h2, h3, h4, h5, h6');
      return inside.length > 0 ? textOf(inside[inside.length - 1]!).trim() : '';
    }
    if (before.localName === 'hr' || textOf(before).trim() !== '') return '';
    node = before;
  }
  return '';
}

/** A `b` or `strong` that is its element's whole first line, before a `<br>`: "<b>Knee diary</b><br>…". */
function boldFirstLine(block: Element): Element | undefined {
  let bold: Element | undefined;
  for (let node = block.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim() === '') continue;
    if (node.nodeType !== 1) return undefined;
    const element = node as Element;
    if (element.localName === 'br') return bold;
    if (bold || !BOLD.has(element.localName)) return undefined;
    bold = element;
  }
  return undefined;
}

/** A paragraph that is one bold element and nothing else: a post's title written in bold. */
function isBold(paragraph: Element, textOf: (element: Element) => string): boolean {
  const only = paragraph.firstElementChild;
  const text = textOf(paragraph).trim();
  return only !== null && BOLD.has(only.localName) && text !== '' && textOf(only).trim() === text;
}
