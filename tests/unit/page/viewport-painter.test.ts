import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MarkedBlock } from '../../../src/page/term-index.ts';
import { createViewportPainter, PAINT_MARGIN_BLOCKS } from '../../../src/page/viewport-painter.ts';
import { scriptBlockedView } from '../../support/script-blocked-view.ts';

/** One marked block per paragraph, as the engine's walk finds them. */
function blocksOf(count: number): MarkedBlock[] {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p>post ${i}: soleus</p>`).join('');
  return [...document.querySelectorAll('p')].map((p) => ({
    nodes: [p.firstChild as Text],
    starts: [0],
    terms: [{ start: 10, end: 16, entryId: 'p/soleus', isUrgent: false }],
  }));
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('createViewportPainter', () => {
  it('paints what is in view once a frame is drawn, on a page whose timers never fire', async () => {
    const view = scriptBlockedView();
    const blocks = blocksOf(200);
    const painted: MarkedBlock[] = [];
    const painter = createViewportPainter({
      view,
      viewport: () => ({ first: blocks[100]!.nodes[0]!, last: blocks[101]!.nodes[0]! }),
      paint(block) {
        painted.push(block);
        return 1;
      },
      isPainted: (block) => painted.includes(block),
      isBusy: () => false,
      onScrollPaint: () => undefined,
    });
    for (const block of blocks) painter.add(block, true);
    // Nothing is looked at during the walk: the viewport is hit-tested after the next frame.
    expect(painter.paintVisible(true)).toBe(0);
    await vi.runAllTimersAsync();
    expect(painted).toHaveLength(2 * PAINT_MARGIN_BLOCKS + 1);
    expect(painted).toContain(blocks[100]);
    painter.destroy();
  });
});
