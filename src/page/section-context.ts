import type { Matcher, SectionAnchor } from '../matcher/matcher.ts';
import { blockContainerOf } from './inline-tags.ts';

/** A block longer than this is running text, not an item: it never asks for its section's anchor. */
export const MAX_SHORT_BLOCK = 200;
/** A heading or lead-in longer than this is no heading: it is not read. */
const MAX_CONTEXT_CHARS = 300;
/** How many elements before a block (siblings, or its ancestors' siblings) its heading may be. */
const MAX_STEPS = 8;

const ITEMS = 'li, dd, td, th';
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const ANY_HEADING = 'h1, h2, h3, h4, h5, h6';
/** Where no section context is taken: menus, navigation, page furniture. */
const NO_CONTEXT = 'nav, menu, footer, header, aside, [role="navigation"], [role="menu"], [role="menubar"]';
/** What ends the look back for a heading: a rule, page furniture, or (going up) a region's edge. */
const STOPS = new Set(['hr', 'nav', 'footer', 'aside', 'menu']);
const REGIONS = new Set(['body', 'main', 'article', 'section']);

export interface SectionContext {
  /** The question the matcher may ask of a block (`Matcher.match`), or undefined if it is no short block. */
  of(first: Text | undefined, text: string, root: Node): SectionAnchor | undefined;
  /** Forgets the verdicts read so far: a heading may have changed. */
  forget(): void;
}

/**
 * A list item, definition, table cell or short block takes the sense of its section's heading or
 * lead-in (docs/sense.md, "Section context"): "Swelling" under "Symptoms of a blood clot in the
 * leg". The matcher asks only for a block with a weak form that has no anchor of its own, and each
 * heading, lead-in and list is read once until `forget`.
 */
export function createSectionContext(matcher: Matcher): SectionContext {
  let verdicts = new WeakMap<Element, boolean>();
  const anchors = (element: Element): boolean => {
    let verdict = verdicts.get(element);
    if (verdict === undefined) {
      const text = element.textContent ?? '';
      verdict = text.length <= MAX_CONTEXT_CHARS && matcher.isSectionAnchor(text);
      verdicts.set(element, verdict);
    }
    return verdict;
  };
  const isAnchoredAt = (node: Node, root: Node): boolean => {
    const container = blockContainerOf(node, root);
    if (container.nodeType !== 1) return false;
    const block = container as Element;
    if (block.closest(NO_CONTEXT)) return false;
    const item = block.closest(ITEMS);
    if (!item) return headingOf(block).some(anchors);
    if (isLink(item)) return false;
    // The group (list, definition list, table) is read once for all its items.
    const group = item.parentElement?.closest('ul, ol, dl, table') ?? item;
    const known = verdicts.get(group);
    if (known !== undefined) return known;
    const verdict = contextOf(item, group).some(anchors);
    verdicts.set(group, verdict);
    return verdict;
  };
  return {
    of(first, text, root) {
      if (!first || text.length > MAX_SHORT_BLOCK) return undefined;
      return () => isAnchoredAt(first, root);
    },
    forget() {
      verdicts = new WeakMap();
    },
  };
}

/** The lead-in, the term (`dt`), the caption and the heading of an item's group, nearest first. */
function contextOf(item: Element, group: Element): Element[] {
  const found: Element[] = [];
  if (item.localName === 'dd') {
    let term = item.previousElementSibling;
    while (term && term.localName !== 'dt') term = term.previousElementSibling;
    if (term) found.push(term);
  }
  if (group.localName === 'table') {
    const caption = group.querySelector(':scope > caption');
    if (caption) found.push(caption);
  }
  // The paragraph that introduces a list: "Look out for these signs in your leg:".
  const lead = group.previousElementSibling;
  if (lead?.localName === 'p' && (lead.textContent ?? '').trimEnd().endsWith(':')) found.push(lead);
  found.push(...headingOf(group));
  return found;
}

/**
 * The nearest heading before `element` (h1–h6, or the `summary` of its `details`), at most
 * `MAX_STEPS` elements back; none past a rule or the edge of a region (STOPS).
 */
function headingOf(element: Element): Element[] {
  const summary = element.closest('details')?.querySelector(':scope > summary');
  if (summary && summary !== element) return [summary];
  let node: Element = element;
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    const before = node.previousElementSibling;
    if (!before) {
      const parent = node.parentElement;
      if (!parent || REGIONS.has(parent.localName)) return [];
      node = parent;
      continue;
    }
    if (HEADINGS.has(before.localName)) return [before];
    if (STOPS.has(before.localName)) return [];
    // The nearest heading in the page's order may sit inside the element before ("<header><h1>").
    const inside = before.querySelectorAll(ANY_HEADING);
    if (inside.length > 0) return [inside[inside.length - 1]!];
    node = before;
  }
  return [];
}

/** An item that is a link and nothing else: a list of links is navigation, whatever its heading. */
function isLink(item: Element): boolean {
  const link = item.querySelector('a');
  return link !== null && (link.textContent ?? '').trim() === (item.textContent ?? '').trim();
}
