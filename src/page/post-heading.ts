import type { PostHeading } from '../matcher/matcher.ts';
import { MAX_HEADING_CHARS } from '../matcher/heading-leg.ts';
import { blockContainerOf } from './inline-tags.ts';

/**
 * How many elements before a block (siblings, or its ancestors' siblings) its heading may be: a
 * post of a title and a few paragraphs, a list or a picture among them.
 */
const MAX_STEPS = 12;
/** How many ancestors up the look back may climb from a block that opens its element. */
const MAX_CLIMB = 3;

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** What a post's body holds between its title and a paragraph: the look back goes past them. */
const POST_PARTS = new Set(['p', 'ul', 'ol', 'li', 'figure', 'img', 'picture', 'br']);
/** Where no heading is taken: menus, navigation, page furniture, quotes of another post. */
const NO_CONTEXT = 'nav, menu, header, footer, aside, blockquote, [role="navigation"], [role="menu"], [role="menubar"]';
/** The edge of a region: the look back never climbs out of it. */
const REGIONS = new Set(['body', 'main', 'article', 'section']);
const BOLD = new Set(['b', 'strong']);

export interface HeadingContext {
  /** The question the matcher may ask of a block (`Matcher.match`), or undefined if it has none. */
  of(first: Text | undefined, root: Node): PostHeading | undefined;
  /** Forgets the headings found so far: the page may have changed. */
  forget(): void;
}

/**
 * A post's paragraphs take the leg its title names ("Knee diary, week 3" over "The swelling goes
 * down overnight": docs/sense.md, "A heading that names the writer's leg"). The heading of a block
 * is the `h1`–`h6` right before its post's paragraphs — its element's siblings before it, or its
 * ancestors' where it opens them, past paragraphs, lists and pictures only — or a post's bold first
 * line (a paragraph that is one `b` or `strong`, or such a line before a `<br>` in the block's own
 * element). Any other element with text ends the look back (a `div` is another post as often as
 * not), as do a rule, a quote and a region's edge. The page gives the text; the matcher says
 * whether it names the writer's leg, and asks only for a block with a sign it could lend it to.
 */
export function createHeadingContext(): HeadingContext {
  let found = new WeakMap<Element, string>();
  return {
    of(first, root) {
      if (!first) return undefined;
      return () => {
        const container = blockContainerOf(first, root);
        if (container.nodeType !== 1 || container === root) return '';
        const element = container as Element;
        if (HEADINGS.has(element.localName) || element.closest(NO_CONTEXT)) return '';
        // A bold first line heads the lines after it in its own element, not itself.
        const line = boldFirstLine(element);
        let heading = line && !line.contains(first) ? text(line) : found.get(element);
        if (heading === undefined) {
          heading = headingBefore(element);
          found.set(element, heading);
        }
        return heading.length > MAX_HEADING_CHARS ? '' : heading;
      };
    },
    forget() {
      found = new WeakMap();
    },
  };
}

/** The text of the heading before the block's element, or ''. */
function headingBefore(block: Element): string {
  let node: Element = block;
  for (let steps = 0, climbs = 0; steps < MAX_STEPS; steps++) {
    const before = node.previousElementSibling;
    if (!before) {
      const parent = node.parentElement;
      if (!parent || REGIONS.has(parent.localName) || ++climbs > MAX_CLIMB) return '';
      node = parent;
      continue;
    }
    if (HEADINGS.has(before.localName)) return text(before);
    if (before.localName === 'hr') return '';
    // An article's title in its `header`: "<header><h1>Knee diary</h1><p>By Sam</p></header>".
    if (before.localName === 'header') {
      const inside = before.querySelectorAll('h1, h2, h3, h4, h5, h6');
      return inside.length > 0 ? text(inside[inside.length - 1]!) : '';
    }
    if (before.localName === 'p' && isBold(before) && before.previousElementSibling === null) return text(before);
    if (!POST_PARTS.has(before.localName) && text(before) !== '') return '';
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
function isBold(paragraph: Element): boolean {
  const only = paragraph.firstElementChild;
  return only !== null && BOLD.has(only.localName) && text(only) !== '' && text(only) === text(paragraph);
}

const text = (element: Element) => (element.textContent ?? '').trim();
