/**
 * Longest stretch of work before giving the page its turn. 8 ms keeps every task of ours far below
 * the 50 ms long-task threshold while leaving room for the browser's own work in the same frame.
 */
export const SLICE_MS = 8;

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Lets the browser run input, rendering and the page's own tasks, then continues. `scheduler.yield()`
 * resumes ahead of other queued tasks (Chrome 129+, Firefox 142+); elsewhere a MessageChannel
 * message, which unlike `setTimeout(0)` is not clamped to 4 ms when nested.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
