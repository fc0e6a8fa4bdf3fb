import { isInline } from './inline-tags.ts';
import { isInSkippedRegion, isSkipped } from './skip-rules.ts';
import { isOneBlock } from './child-units.ts';
import type { TextTests } from './text-tests.ts';

/** Sibling elements in the lead: the first posts of a thread, more than a screen of text. */
export const LEAD_ELEMENTS = 10;
/**
 * An element of the lead past this many elements (a page's whole `<main>` when the body has ten
 * children) ends the lead before it: it is the sieve's to read in stretches, not the lead's to read
 * and walk in one step. A post of the benchmark's forum holds tens.
 */
export const LEAD_MAX_ELEMENTS = 1_000;
/** Nor is an element with more text than this (a screen holds a few thousand characters). */
const LEAD_MAX_CHARS = 20_000;
/** How deep to look for the element whose children are the page's content. */
const MAX_DEPTH = 6;

/**
 * The start of a root's content as a run of sibling elements, to walk before the whole root: a
 * walk of a whole page first runs three selector queries over all of it (skipped-regions.ts),
 * about 30 ms on the 4,000-post thread before its first block, and the reader sees its first
 * posts meanwhile. Found by going down, from the root, into the child with the most element
 * children until one has at least `LEAD_ELEMENTS`; none when that run could split a block (an
 * inline element in it) or lies in a region never marked.
 */
export function leadScopeOf(root: ParentNode): { first: Element; last: Element } | undefined {
  let parent: ParentNode = root;
  for (let depth = 0; depth < MAX_DEPTH && parent.childElementCount < LEAD_ELEMENTS; depth++) {
    let widest: Element | undefined;
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling)
      if (!widest || child.childElementCount > widest.childElementCount) widest = child;
    if (!widest || widest.childElementCount === 0 || isSkipped(widest)) return undefined;
    parent = widest;
  }
  const first = parent.firstElementChild;
  if (!first || parent.childElementCount < LEAD_ELEMENTS) return undefined;
  if (parent !== root && isInSkippedRegion(parent as Element)) return undefined;
  let last = first;
  for (let count = 1; count < LEAD_ELEMENTS; count++) last = last.nextElementSibling!;
  for (let element: Element | null = first; element; element = element === last ? null : element.nextElementSibling)
    if (isInline(element)) return undefined;
  // Text on both ends: text runs join across an element without text, and could cross the ends.
  if (!first.textContent || !last.textContent) return undefined;
  return { first, last };
}

/**
 * The part of the lead (`leadScopeOf`) where a term can be: from its first element that can hold
 * one to its last, none if no element can. Each element is asked as the sieve asks: one that is a
 * single block, the matcher itself (its text is the block's); any other, `mayHold`.
 */
export function walkableLead(root: ParentNode, tests: TextTests): { first: Element; last: Element } | undefined {
  const lead = leadScopeOf(root);
  if (!lead) return undefined;
  let first: Element | undefined;
  let last: Element | undefined;
  for (
    let element: Element | null = lead.first;
    element;
    element = element === lead.last ? null : element.nextElementSibling
  ) {
    if (element.getElementsByTagName('*').length > LEAD_MAX_ELEMENTS) break;
    const text = element.textContent ?? '';
    if (text.length > LEAD_MAX_CHARS) break;
    if (!(isOneBlock(element) ? tests.holds(text) : tests.mayHold(text))) continue;
    first ??= element;
    last = element;
  }
  return first && last && { first, last };
}
