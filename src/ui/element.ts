/**
 * An element with a class and text, for the UI built with DOM APIs: text only ever goes in as
 * `textContent`, never parsed as HTML.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A `type="button"` button; `label` is its accessible name when the text alone is not enough. */
export function button(
  doc: Document,
  className: string | undefined,
  text: string,
  onClick: () => void,
  label?: string,
): HTMLButtonElement {
  const node = element(doc, 'button', className, text);
  node.type = 'button';
  if (label !== undefined) node.setAttribute('aria-label', label);
  node.addEventListener('click', onClick);
  return node;
}
