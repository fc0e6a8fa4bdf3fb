/** Elements' texts read once until `forget`. */
export interface ElementTexts {
  /** The element's `textContent`, read on first ask. */
  of(element: Element): string;
  /** Forgets every text read so far: the page may have changed. */
  forget(): void;
}

/**
 * The look back before a block (earlier-blocks.ts) and the heading look back (post-heading.ts) read
 * the same posts' elements, block after block: each element's text is read from the page once, and
 * both look backs share the reads when they share this cache (block-context.ts).
 */
export function createElementTexts(): ElementTexts {
  let texts = new WeakMap<Element, string>();
  return {
    of(element) {
      let text = texts.get(element);
      if (text === undefined) {
        text = element.textContent ?? '';
        texts.set(element, text);
      }
      return text;
    },
    forget() {
      texts = new WeakMap();
    },
  };
}
