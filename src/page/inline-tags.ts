/**
 * Elements that flow inside a line of text. Text joins across them, so `<b>Compartment</b>
 * <i>syndrome</i>` reads as one term; every other element (and `<br>`) ends a run of text. Decided
 * by tag rather than computed style: style would force layout work on every element of the page.
 */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
]);

export function isInline(element: Element): boolean {
  return INLINE_TAGS.has(element.localName);
}

/** The element whose text runs contain `node` whole: its nearest non-inline ancestor (or itself). */
export function blockContainerOf(node: Node, root: Node): Node {
  let current: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (current && current !== root && current.nodeType === 1 && isInline(current as Element))
    current = current.parentNode;
  return current ?? root;
}
