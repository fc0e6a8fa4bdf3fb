import type { Match } from '../matcher/matcher.ts';
import { createFirstView, type FirstView } from './first-view.ts';
import type { HighlightRegistry, MarkStyle } from './highlight-registry.ts';
import { rangesOf } from './mark-block.ts';
import type { MarkedBlock } from './term-index.ts';
import type { ViewportLook } from './viewport-anchors.ts';
import { createViewportPainter, type ViewportPainter } from './viewport-painter.ts';

export interface TermPainterOptions {
  view: Window;
  registry: HighlightRegistry;
  styleOf: (term: Match) => MarkStyle;
  createRange: (init: StaticRangeInit) => AbstractRange;
  /** Where the reader is looking; without it every block is painted as it comes. */
  viewport?: () => ViewportLook;
  /** Is the engine still working? Later looks at the viewport wait until it is not. */
  isBusy: () => boolean;
  /** Paint work done on scroll, outside the engine's slices. */
  onScrollPaint: (start: number, end: number, painted: number) => void;
  /** Once, when the first marks are painted. */
  onFirstPaint?: () => void;
}

export interface TermPainter {
  /** A marked block of the page root (`isPageRoot`) or of a shadow root; returns terms painted now. */
  add(block: MarkedBlock, isPageRoot: boolean, isLast: boolean): number;
  /** After a slice: paints what is near the viewport. `isPageWalked`: the first walk is over. */
  afterSlice(isPageWalked: boolean): number;
  remove(block: MarkedBlock): void;
  clear(): void;
  destroy(): void;
}

/**
 * Gives marked blocks their ranges and registers them, and owns those ranges: blocks of the page
 * are painted around the viewport (viewport-painter.ts), blocks of shadow roots at once.
 */
export function createTermPainter(options: TermPainterOptions): TermPainter {
  const { registry, styleOf, createRange } = options;
  const ranges = new Map<MarkedBlock, AbstractRange[]>();
  let hasPainted = false;

  const counted = (painted: number) => {
    if (painted > 0 && !hasPainted) {
      hasPainted = true;
      options.onFirstPaint?.();
    }
    return painted;
  };
  const paint = (block: MarkedBlock): number => {
    // A lazy block whose text changed before its batch ran has no nodes (lazy-block.ts).
    if (ranges.has(block) || block.nodes.length === 0) return 0;
    const made = rangesOf(block, createRange);
    for (const [i, term] of block.terms.entries()) registry.add(made[i]!, styleOf(term));
    ranges.set(block, made);
    return made.length;
  };
  const unpaint = (block: MarkedBlock) => {
    const made = ranges.get(block);
    if (!made) return;
    for (const [i, term] of block.terms.entries()) registry.delete(made[i]!, styleOf(term));
    ranges.delete(block);
  };
  const viewport = options.viewport;
  const painter: ViewportPainter | undefined =
    viewport &&
    createViewportPainter({
      view: options.view,
      viewport,
      paint,
      isPainted: (block) => ranges.has(block),
      isBusy: options.isBusy,
      onScrollPaint: (start, end, painted) => options.onScrollPaint(start, end, counted(painted)),
    });
  const firstView: FirstView | undefined = viewport && createFirstView(options.view, paint);

  return {
    add(block, isPageRoot, isLast) {
      if (!painter || !isPageRoot) return counted(paint(block));
      painter.add(block, isLast);
      return isLast ? counted(firstView!.paint(block)) : 0;
    },
    afterSlice(isPageWalked) {
      if (!painter) return 0;
      return counted(painter.paintVisible(isPageWalked));
    },
    remove(block) {
      unpaint(block);
      painter?.remove(block);
    },
    clear() {
      ranges.clear();
      registry.clear();
      painter?.clear();
    },
    destroy() {
      painter?.destroy();
      ranges.clear();
      registry.destroy();
    },
  };
}
