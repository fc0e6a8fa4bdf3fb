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

/** A button drawn as a link (link-button.css): "More", "Open in reference", "Show"… */
export function linkButton(...[doc, className, ...rest]: Parameters<typeof button>): HTMLButtonElement {
  return button(doc, className ? `tl-link-button ${className}` : 'tl-link-button', ...rest);
}
