/** A window that records the timers asked of it, which never fire. */
export type ScriptBlockedView = Window & { readonly deadTimers: number };

/**
 * A window as a content script sees it in Chromium on a site whose JavaScript is blocked:
 * `setTimeout` and `setInterval` never fire; animation frames and `scheduler.postTask` do
 * (src/page/run-later.ts). Events dispatched on it reach its listeners. Frames and posted tasks
 * run on the timers of the moment it is made: after `vi.useFakeTimers()`, those drive them, and
 * a test may then make the global timers dead too (a content script's globals are the window's).
 */
export function scriptBlockedView(): ScriptBlockedView {
  const { setTimeout, clearTimeout } = globalThis;
  let deadTimers = 0;
  const postTask = (run: () => void, options: { delay?: number; signal?: AbortSignal } = {}) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        run();
        resolve();
      }, options.delay ?? 0);
      options.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('The task was aborted', 'AbortError'));
      });
    });
  return Object.assign(new EventTarget(), {
    get deadTimers() {
      return deadTimers;
    },
    setTimeout: () => ++deadTimers,
    setInterval: () => ++deadTimers,
    clearTimeout: () => undefined,
    clearInterval: () => undefined,
    requestAnimationFrame: (run: (time: number) => void) => setTimeout(() => run(performance.now()), 0),
    scheduler: { postTask },
  }) as unknown as ScriptBlockedView;
}
