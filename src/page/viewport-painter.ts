import { createBlockOrder } from './block-order.ts';
import { runLater } from './run-later.ts';
import type { MarkedBlock } from './term-index.ts';
import type { ViewportAnchors, ViewportLook } from './viewport-anchors.ts';

/**
 * Marked blocks painted before and after those in view. A screen of forum text holds 5–10 marked
 * blocks; 40 either side keeps a fast scroll ahead of the paint that follows it.
 */
export const PAINT_MARGIN_BLOCKS = 40;
/**
 * A look's hit tests run in one task until this much time has gone, then go on in the next task:
 * on a normal page all six take about 0.1 ms, over the 20,000 posts of the e2e tests' app 6–15 ms
 * each in Chromium 156 (viewport-anchors.ts).
 */
export const LOOK_SLICE_MS = 2;

export interface ViewportPainter {
  /**
   * A new marked block of the page, painted when it comes near the viewport. `isLast`: it is known
   * to come after every block added so far (a walk of the whole page), so its place needs no search.
   */
  add(block: MarkedBlock, isLast?: boolean): void;
  remove(block: MarkedBlock): void;
  /**
   * After a slice of work: paints what is near the viewport; returns how many terms.
   * `isPageWalked`: the first walk of the page is over, so every block before the viewport is known.
   */
  paintVisible(isPageWalked: boolean): number;
  clear(): void;
  destroy(): void;
}

export interface ViewportPainterOptions {
  view: Window;
  /** A look at where the reader looks, one hit test a step (viewport-anchors.ts). */
  viewport: () => ViewportLook;
  /** Gives a block its ranges and paints them; returns how many terms. */
  paint: (block: MarkedBlock) => number;
  /** Has the block been painted? (The term painter owns the ranges.) */
  isPainted: (block: MarkedBlock) => boolean;
  /** Is the engine still working? The viewport is looked at once it is not. */
  isBusy: () => boolean;
  /** Reports paint work done on scroll, outside the engine's slices. */
  onScrollPaint: (start: number, end: number, painted: number) => void;
}

/**
 * Paints marked blocks only around what the reader sees, and more on scroll: a `StaticRange` costs
 * about 3 µs in a content script's world and a 3.5 MB thread has 49,000 terms. The viewport is
 * looked at after the first slice's frame is drawn and on scroll, not after every slice: a hit test
 * on a page that just changed forces a layout, and a live page that looked after each change spent
 * 18 % of a core on it (the live benchmark).
 */
export function createViewportPainter(options: ViewportPainterOptions): ViewportPainter {
  const { view, viewport, paint, isPainted } = options;
  const order = createBlockOrder();
  let anchors: ViewportAnchors | undefined;
  let hasLooked = false;
  let isPageWalked = false;
  let isLookScheduled = false;
  let isDestroyed = false;

  const areAnchorsGone = () => anchors !== undefined && (!anchors.first.isConnected || !anchors.last.isConnected);
  const paintAround = (isPageWalked: boolean): number => {
    if (!anchors || areAnchorsGone()) return 0;
    let painted = 0;
    for (const block of order.around(anchors.first, anchors.last, PAINT_MARGIN_BLOCKS, isPageWalked))
      if (!isPainted(block)) painted += paint(block);
    return painted;
  };
  // After a frame drawn once our work is done, not in it nor between slices: a hit test while the
  // page's layout is dirty (after load, after a single-page app swaps its view) makes the browser
  // lay the page out inside our task — 480 ms for 120k text nodes in Chromium 156
  // (tests/e2e/dynamic-pages.test.ts). On a clean layout a hit test takes about 0.02 ms over 200
  // posts, but 6–15 ms over 20,000 (viewport-anchors.ts), hence LOOK_SLICE_MS.
  // Not `setTimeout`: it never fires on a site whose JavaScript is blocked (run-later.ts).
  const afterFrame = (run: () => void) =>
    view.requestAnimationFrame(function onFrame() {
      if (isDestroyed) return;
      if (options.isBusy()) view.requestAnimationFrame(onFrame);
      else runLater(view, run);
    });
  // Each task of a look is reported as a slice of its own: a task that only hit-tested paints 0.
  // New work of the engine between two tasks means the page changed and its layout may be dirty:
  // the look goes on after the next frame. A look started later (on scroll) ends the one before.
  let current: ViewportLook | undefined;
  let wasStale = false;
  const lookOn = (look: ViewportLook) => {
    if (isDestroyed || look !== current) return;
    if (options.isBusy()) {
      afterFrame(() => lookOn(look));
      return;
    }
    const start = performance.now();
    let step = look.next();
    while (!step.done && performance.now() - start < LOOK_SLICE_MS) step = look.next();
    if (!step.done) {
      options.onScrollPaint(start, performance.now(), 0);
      runLater(view, () => lookOn(look));
      return;
    }
    current = undefined;
    anchors = step.value;
    if (areAnchorsGone()) {
      // The page changed under the look (a single-page app's navigation): its text is gone, so it
      // would paint nothing and keep the old view's nodes alive. Look again after the next frame,
      // once: a page that changes on every frame is looked at again by the engine's next slice.
      anchors = undefined;
      hasLooked = false;
      options.onScrollPaint(start, performance.now(), 0);
      if (!wasStale) lookAfterNextFrame();
      wasStale = true;
      return;
    }
    wasStale = false;
    options.onScrollPaint(start, performance.now(), paintAround(isPageWalked));
  };
  const look = () => {
    isLookScheduled = false;
    current = viewport();
    lookOn(current);
  };
  const lookAfterNextFrame = () => {
    if (isLookScheduled) return;
    isLookScheduled = true;
    afterFrame(look);
  };
  // Capture: scroll events do not bubble, and inner scrolling panes count too.
  view.addEventListener('scroll', lookAfterNextFrame, { capture: true, passive: true });
  view.addEventListener('resize', lookAfterNextFrame, { passive: true });

  return {
    add: (block, isLast) => order.add(block, isLast),
    remove: (block) => order.remove(block),
    paintVisible(isWalked) {
      isPageWalked = isWalked;
      // Nothing marked yet, nothing to paint: a page without terms is never hit-tested.
      if (order.size === 0) return 0;
      if (!hasLooked || areAnchorsGone()) {
        // The first look, or a change removed the text we were anchored to.
        hasLooked = true;
        lookAfterNextFrame();
      }
      return paintAround(isWalked);
    },
    clear() {
      // Every block went (a huge change of the page): the old view's text is not kept, and the next
      // marks look at the viewport again.
      order.clear();
      anchors = undefined;
      hasLooked = false;
    },
    destroy() {
      isDestroyed = true;
      view.removeEventListener('scroll', lookAfterNextFrame, { capture: true });
      view.removeEventListener('resize', lookAfterNextFrame);
      order.clear();
    },
  };
}
