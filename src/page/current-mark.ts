/** Name of the "current term" highlight that next/previous term move (styled in highlight.css). */
export const CURRENT_HIGHLIGHT = 'termlight-current';

/** The one "current term" highlight, behind an interface: happy-dom has no Custom Highlight API. */
export interface CurrentMark {
  set(range: AbstractRange | undefined): void;
  destroy(): void;
}

export function createCurrentMark(win: Window & typeof globalThis): CurrentMark {
  const highlight = new win.Highlight();
  // Above the term marks, whose ranges it covers.
  highlight.priority = 1;
  win.CSS.highlights.set(CURRENT_HIGHLIGHT, highlight);
  return {
    set(range) {
      highlight.clear();
      if (range) highlight.add(range);
    },
    destroy() {
      highlight.clear();
      if (win.CSS.highlights.get(CURRENT_HIGHLIGHT) === highlight) win.CSS.highlights.delete(CURRENT_HIGHLIGHT);
    },
  };
}
