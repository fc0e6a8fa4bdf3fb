import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MarkedBlock } from '../../../src/page/term-index.ts';
import { createViewportPainter, LOOK_SLICE_MS, PAINT_MARGIN_BLOCKS } from '../../../src/page/viewport-painter.ts';
import type { ViewportAnchors, ViewportLook } from '../../../src/page/viewport-anchors.ts';
import { finishedLook } from '../../support/finished-look.ts';
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
      viewport: () => finishedLook({ first: blocks[100]!.nodes[0]!, last: blocks[101]!.nodes[0]! }),
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

  describe('a look whose hit tests are dear', () => {
    let clock = 0;
    beforeEach(() => {
      clock = 0;
      vi.spyOn(performance, 'now').mockImplementation(() => clock);
    });
    afterEach(() => {
      vi.restoreAllMocks();
    });
    /** A look of `steps` hit tests of `ms` each (on the fake clock) that finds `anchors`. */
    function* look(steps: number, ms: number, anchors: ViewportAnchors, onStep = () => undefined): ViewportLook {
      for (let i = 0; i < steps; i++) {
        clock += ms;
        onStep();
        yield;
      }
      return anchors;
    }
    function start(viewport: () => ViewportLook, isBusy = () => false) {
      // The viewport is looked at after a frame, by then `blocks` is set.
      const blocks = blocksOf(200);
      const painted: MarkedBlock[] = [];
      const slices: { ms: number; painted: number }[] = [];
      const painter = createViewportPainter({
        view: scriptBlockedView(),
        viewport,
        paint(block) {
          painted.push(block);
          return 1;
        },
        isPainted: (block) => painted.includes(block),
        isBusy,
        onScrollPaint: (start, end, count) => slices.push({ ms: end - start, painted: count }),
      });
      for (const block of blocks) painter.add(block, true);
      return { blocks, painted, slices, painter };
    }
    const anchorsAt = (blocks: MarkedBlock[], i: number) => ({
      first: blocks[i]!.nodes[0]!,
      last: blocks[i]!.nodes[0]!,
    });

    it.each([
      ['cheap hit tests in one task', 0, [{ ms: 0, painted: PAINT_MARGIN_BLOCKS * 2 }]],
      [
        `dear ones in a task each, none past the first once ${LOOK_SLICE_MS} ms have gone`,
        7,
        [...Array.from({ length: 6 }, () => ({ ms: 7, painted: 0 })), { ms: 0, painted: PAINT_MARGIN_BLOCKS * 2 }],
      ],
    ])('makes %s, and paints once the look is done', async (_what, ms, expected) => {
      const { blocks, painter, slices } = start(() => look(6, ms, anchorsAt(blocks, 100)));
      painter.paintVisible(true);
      await vi.runAllTimersAsync();
      expect(slices).toEqual(expected);
      painter.destroy();
    });

    it('goes on after a frame when the engine has new work between two of its tasks', async () => {
      let busy = false;
      let looks = 0;
      let steps = 0;
      // The look's first hit test comes with a change of the page (the engine is busy).
      const { blocks, painter, slices } = start(
        () => {
          looks++;
          return look(6, 7, anchorsAt(blocks, 100), () => void (busy = ++steps === 1));
        },
        () => {
          const wasBusy = busy;
          busy = false;
          return wasBusy;
        },
      );
      painter.paintVisible(true);
      await vi.runAllTimersAsync();
      expect([looks, steps]).toEqual([1, 6]);
      expect(slices.map((slice) => slice.painted)).toEqual([0, 0, 0, 0, 0, 0, PAINT_MARGIN_BLOCKS * 2]);
      painter.destroy();
    });

    it('looks again, once, when the text it found left the page before it ended', async () => {
      let looks = 0;
      let stale: Node | undefined;
      const { blocks, painter, slices } = start(() => {
        looks++;
        if (looks > 1) return look(6, 0, anchorsAt(blocks, 101));
        // The first look's text is replaced while it goes on (a single-page app's navigation).
        stale = blocks[100]!.nodes[0]!;
        return look(6, 7, { first: stale, last: stale }, () => void (stale as ChildNode).remove());
      });
      painter.paintVisible(true);
      await vi.runAllTimersAsync();
      expect(looks).toBe(2);
      expect(slices.at(-1)!.painted).toBeGreaterThan(0);
      painter.destroy();
    });
  });
});
