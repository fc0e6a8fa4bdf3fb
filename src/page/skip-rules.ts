/** Tag name of the extension's own UI host (tooltips arrive with the UI work). */
export const UI_HOST_TAG = 'termlight-ui';

/** Elements whose text is never marked: code, form fields, non-text content, invisible templates. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'input',
  'textarea',
  'select',
  'option',
  'button',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  UI_HOST_TAG,
]);

/**
 * Attribute-based skips: editable regions (typing there must behave exactly as without us),
 * text the page asks translators to leave alone, and hidden elements.
 */
export const SKIPPED_ATTRIBUTES =
  '[hidden],[contenteditable]:not([contenteditable="false"]),[translate="no"],.notranslate';

/** The skipped tags as a selector. */
export const SKIPPED_TAGS_SELECTOR = [...SKIPPED_TAGS].join(',');

/** Every skip rule as one selector, for `closest()` on a changed node's ancestors. */
export const SKIPPED_SELECTOR = `${SKIPPED_TAGS_SELECTOR},${SKIPPED_ATTRIBUTES}`;

/** Is this element (and so everything inside it) left unmarked? */
export function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  // One native selector match, and only for elements with attributes: most have none.
  return element.attributes.length > 0 && element.matches(SKIPPED_ATTRIBUTES);
}

/** Is this element inside (or itself) a skipped region? Used for nodes that change after a pass. */
export function isInSkippedRegion(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest(SKIPPED_SELECTOR) != null;
}
