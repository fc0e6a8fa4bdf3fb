/** Stops a pending `runLater`; does nothing once it has run. */
export type CancelLater = () => void;

interface PostTaskScheduler {
  postTask(run: () => void, options: { delay: number; signal: AbortSignal }): Promise<void>;
}

/**
 * Runs `run` in a task of its own after `ms`: the content script's `setTimeout`.
 *
 * Why not `setTimeout`: in Chromium, on a site whose JavaScript is blocked in the browser's site
 * settings (as NoScript-style readers have it), a content script's `setTimeout` and `setInterval`
 * never fire, while `scheduler.postTask` (with or without a delay), `scheduler.yield`, animation
 * frames and `MessageChannel` do. Measured in Chromium 156 with a probe content script; Firefox ESR
 * 153 with `javascript.enabled = false` fires them all. Without this, the forum fixture got 0
 * painted ranges and no tooltip (reproduce: `npx vitest run --config .config/vitest.e2e.config.ts
 * tests/e2e/javascript-off.test.ts` with `setTimeout` put back). `postTask` is Chrome 94+ and
 * Firefox 142+; where it is missing (Firefox 140–141) this falls back to `setTimeout`, which Firefox
 * fires with page JavaScript off (seen in ESR 153; 140–141 not checked).
 */
export function runLater(view: Window, run: () => void, ms = 0): CancelLater {
  const scheduler = (view as { scheduler?: PostTaskScheduler }).scheduler;
  if (typeof scheduler?.postTask !== 'function') {
    // eslint-disable-next-line no-restricted-properties -- the fallback where postTask is missing
    const timer = view.setTimeout(run, ms);
    return () => view.clearTimeout(timer);
  }
  const controller = new AbortController();
  scheduler.postTask(run, { delay: ms, signal: controller.signal }).catch((error: unknown) => {
    // Cancelled: the expected rejection. Anything else is `run`'s own error: let it surface.
    if (!controller.signal.aborted) throw error;
  });
  return () => controller.abort();
}
