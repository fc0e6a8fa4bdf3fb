import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TermSpan } from '../../../src/page/term-span.ts';
import { startHoverIntent, type HoverIntent } from '../../../src/tooltip/hover-intent.ts';
import type { Tooltip } from '../../../src/tooltip/tooltip.ts';
import { scriptBlockedView } from '../../support/script-blocked-view.ts';

// Two terms side by side on one line: x 0–99 is "soleus", 100–199 "calf", beyond is plain text.
const block = { nodes: [], starts: [], terms: [] };
const soleus: TermSpan = { entryId: 'p/soleus', block, start: 0, end: 6 };
const calf: TermSpan = { entryId: 'p/calf', block, start: 10, end: 14 };
const hitTest = (x: number) => (x < 100 ? soleus : x < 200 ? calf : undefined);

let shown: string | undefined;
let insideTooltip = false;
const tooltip: Tooltip = {
  showEntry: (id) => void (shown = id),
  showContent: () => undefined,
  hide: () => void (shown = undefined),
  get isShown() {
    return shown !== undefined;
  },
  isInside: () => insideTooltip,
  destroy: () => undefined,
};
let hover: HoverIntent;

const move = (x: number, pointerType = 'mouse') =>
  window.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: 5, pointerType }));
const pointer = (type: string, x: number, pointerType: string) =>
  window.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: 5, pointerType }));

beforeEach(() => {
  vi.useFakeTimers();
  shown = undefined;
  insideTooltip = false;
  hover = startHoverIntent(document, {
    hitTest,
    anchorOf: () => () => new DOMRect(),
    tooltip,
    delayMs: 300,
    graceMs: 200,
    scheduleFrame: (run) => run(),
  });
});
afterEach(() => {
  hover.destroy();
  vi.useRealTimers();
});

describe('startHoverIntent', () => {
  it('shows a term only after the pointer rests on it for the delay', () => {
    move(50);
    vi.advanceTimersByTime(299);
    expect(shown).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(shown).toBe('p/soleus');
  });

  it('does not show a term the pointer only passed over', () => {
    move(50);
    vi.advanceTimersByTime(200);
    move(300);
    vi.advanceTimersByTime(1000);
    expect(shown).toBeUndefined();
  });

  it('hides after a grace period once the pointer leaves, unless it reaches the tooltip', () => {
    move(50);
    vi.advanceTimersByTime(300);
    move(300);
    vi.advanceTimersByTime(150);
    insideTooltip = true;
    move(310);
    vi.advanceTimersByTime(10_000);
    expect(shown).toBe('p/soleus');
    insideTooltip = false;
    move(300);
    vi.advanceTimersByTime(200);
    expect(shown).toBeUndefined();
  });

  it('never hides on a timer while the pointer stays on the term (WCAG 1.4.13 persistent)', () => {
    move(50);
    vi.advanceTimersByTime(60_000);
    expect(shown).toBe('p/soleus');
  });

  it('Esc dismisses, and the term stays dismissed until the pointer leaves it', () => {
    move(50);
    vi.advanceTimersByTime(300);
    const esc = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true });
    window.dispatchEvent(esc);
    expect([shown, esc.defaultPrevented]).toEqual([undefined, true]);
    move(55);
    vi.advanceTimersByTime(1000);
    expect(shown).toBeUndefined();
    move(150);
    vi.advanceTimersByTime(300);
    expect(shown).toBe('p/calf');
  });

  it('leaves Esc to the page when no tooltip is open', () => {
    const esc = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true });
    window.dispatchEvent(esc);
    expect(esc.defaultPrevented).toBe(false);
  });

  it('opens at once on a tap, and a tap elsewhere closes', () => {
    pointer('pointerdown', 50, 'touch');
    pointer('pointerup', 52, 'touch');
    expect(shown).toBe('p/soleus');
    pointer('pointerdown', 300, 'touch');
    pointer('pointerup', 300, 'touch');
    expect(shown).toBeUndefined();
  });

  it('treats a touch that moves as a scroll, not a tap', () => {
    pointer('pointerdown', 50, 'touch');
    pointer('pointerup', 90, 'touch');
    expect(shown).toBeUndefined();
  });

  it('keeps a tooltip opened from the keyboard when the mouse wanders, and a click elsewhere closes it', () => {
    hover.open(calf, 'keyboard');
    move(300);
    vi.advanceTimersByTime(1000);
    expect(shown).toBe('p/calf');
    pointer('pointerdown', 300, 'mouse');
    expect(shown).toBeUndefined();
  });
});

describe('startHoverIntent on a site whose JavaScript is blocked', () => {
  it('still shows after the delay and hides after the grace period (its timers are posted tasks)', async () => {
    hover.destroy();
    const view = scriptBlockedView();
    const doc = Object.assign(new EventTarget(), { defaultView: view }) as unknown as Document;
    // A content script's global `setTimeout` is its window's. A stub, not `vi.spyOn`: a spy would
    // capture this test's fake `setTimeout` as its original, and the next file's
    // `vi.restoreAllMocks()` would put that dead fake back (tests/support/unit-setup.ts).
    vi.stubGlobal('setTimeout', view.setTimeout);
    const blocked = startHoverIntent(doc, { hitTest, anchorOf: () => () => new DOMRect(), tooltip, delayMs: 300 });
    const moveTo = (x: number) => view.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: 5 }));
    try {
      moveTo(50);
      await vi.advanceTimersByTimeAsync(350);
      expect(shown).toBe('p/soleus');
      moveTo(300);
      await vi.advanceTimersByTimeAsync(1000);
      expect(shown).toBeUndefined();
      expect(view.deadTimers).toBe(0);
    } finally {
      blocked.destroy();
      vi.unstubAllGlobals();
    }
  });
});
