/** How a marked term looks: urgent entries (emergency signs) get their own highlight. */
export type MarkStyle = 'term' | 'urgent';

/** Names under which the highlights are registered in `CSS.highlights` (and styled in CSS). */
export const HIGHLIGHT_NAMES: Readonly<Record<MarkStyle, string>> = { term: 'termlight', urgent: 'termlight-urgent' };

/**
 * Where marked ranges go. In the browser: `CSS.highlights`; in happy-dom tests (which have no
 * Custom Highlight API): a fake that records the ranges.
 */
export interface HighlightRegistry {
  add(range: AbstractRange, style: MarkStyle): void;
  delete(range: AbstractRange, style: MarkStyle): void;
  /** Removes every range, keeping the highlights registered. */
  clear(): void;
  /** Removes every range and unregisters the highlights. */
  destroy(): void;
}

/**
 * The CSS Custom Highlight API: ranges are painted without touching the page's DOM. One
 * `Highlight` per style, registered once; ranges are added and removed as the page changes.
 */
export function createCssHighlightRegistry(win: Window & typeof globalThis): HighlightRegistry {
  const highlights = { term: new win.Highlight(), urgent: new win.Highlight() };
  for (const style of ['term', 'urgent'] as const) win.CSS.highlights.set(HIGHLIGHT_NAMES[style], highlights[style]);
  return {
    add: (range, style) => void highlights[style].add(range),
    delete: (range, style) => void highlights[style].delete(range),
    clear() {
      highlights.term.clear();
      highlights.urgent.clear();
    },
    destroy() {
      for (const style of ['term', 'urgent'] as const) {
        highlights[style].clear();
        // Only unregister our own object: a page could have reused the name.
        if (win.CSS.highlights.get(HIGHLIGHT_NAMES[style]) === highlights[style])
          win.CSS.highlights.delete(HIGHLIGHT_NAMES[style]);
      }
    },
  };
}
