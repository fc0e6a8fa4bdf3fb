// Runs before each unit test file. The suite shares one happy-dom window and one module graph
// across the files of a worker (`isolate: false` in .config/vitest.config.ts: creating happy-dom
// per file was 60 % of the suite's time), so each file starts as it would in a fresh window:
// an empty document, an empty fake browser (storage, listeners), real timers and no spies.
import { afterAll, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** The globals `vi.useFakeTimers()` replaces (vitest fakes every timer but nextTick/queueMicrotask). */
const TIMER_GLOBALS = [
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'setImmediate',
  'clearImmediate',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'Date',
  'performance',
] as const;

/**
 * Throws if a timer global is still a fake of @sinonjs/fake-timers (it tags each fake with
 * `.clock`). Such a fake may belong to a clock that was uninstalled: its timers never fire, so
 * the next file's awaits on `setTimeout`, MutationObserver or storage callbacks hang for 5 s.
 * Seen when a test spied `globalThis.setTimeout` under fake timers: `mockRestore()` leaves the
 * spy's restore in vitest's registry, and a later `vi.restoreAllMocks()` put the fake back.
 */
function assertRealTimers(when: string): void {
  const globals = globalThis as unknown as Record<string, unknown>;
  const fakes = TIMER_GLOBALS.filter((name) => {
    const value = globals[name];
    return (typeof value === 'function' || typeof value === 'object') && value !== null && 'clock' in value;
  });
  if (fakes.length > 0) {
    throw new Error(
      `${when}: ${fakes.join(', ')} still fake timers. Call vi.useRealTimers() after vi.useFakeTimers(), ` +
        'and replace a timer global with vi.stubGlobal (undone by vi.unstubAllGlobals), not vi.spyOn.',
    );
  }
}

// Spies first, then timers: a spy on a faked global restores the fake, uninstalling restores Node's.
vi.unstubAllGlobals();
vi.restoreAllMocks();
vi.useRealTimers();
assertRealTimers('Before this file');
fakeBrowser.reset();
// Files marked `@vitest-environment node` have no document.
if (typeof document !== 'undefined') {
  document.head.replaceChildren();
  document.body.replaceChildren();
  for (const name of document.body.getAttributeNames()) document.body.removeAttribute(name);
  document.adoptedStyleSheets = [];
}

// The same undoing after the file, so a leak fails the file that made it, not the next one.
afterAll(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
  assertRealTimers('After this file');
});
