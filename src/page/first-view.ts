import type { MarkedBlock } from './term-index.ts';

/**
 * Marked blocks painted from the top of the page as the first walk finds them: a screen of forum
 * text holds 5–10 (as `PAINT_MARGIN_BLOCKS` counts), and the forum's header and the first posts'
 * quotes come first.
 */
export const TOP_BLOCKS = 20;

export interface FirstView {
  /**
   * A block of the page's first walk (they come in document order): paints it if the reader is
   * expected to see it, and returns how many terms it painted.
   */
  paint(block: MarkedBlock): number;
}

/**
 * Marks in view before the first walk ends. The viewport painter looks at the viewport only after
 * a frame drawn once our work is done, and `scheduler.yield()` continuations run ahead of that
 * frame: on the 4,000-post thread the first marks waited for the whole walk (0.9 s). Looking
 * earlier, inside our task, is no better: the page's layout is dirty then (our style sheet had
 * just been adopted; now only a reader's own mark style adopts one, mark-page.ts), and the nine
 * hit tests laid out the 4,000-post thread in one 355 ms slice (Chromium 156, `npm run bench`). So on a fresh load, which shows the top of the page unless its
 * address names a place in it, the first blocks of the walk are painted as they come; the
 * viewport painter's look after the walk paints around what is really in view (and so corrects
 * the guess on a reload that restores the scroll position).
 */
export function createFirstView(view: Window, paint: (block: MarkedBlock) => number): FirstView {
  let left = view.location.hash === '' ? TOP_BLOCKS : 0;
  return {
    paint(block) {
      if (left === 0) return 0;
      left--;
      return paint(block);
    },
  };
}
