import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runLater } from '../../../src/page/run-later.ts';
import { scriptBlockedView } from '../../support/script-blocked-view.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('runLater', () => {
  it("runs after the delay through scheduler.postTask, where the page's timers never fire", async () => {
    const view = scriptBlockedView();
    const run = vi.fn();
    runLater(view, run, 300);
    await vi.advanceTimersByTimeAsync(299);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledOnce();
    expect(view.deadTimers).toBe(0);
  });

  it('never runs once cancelled, and the cancelled task is not reported as an error', async () => {
    const run = vi.fn();
    const cancel = runLater(scriptBlockedView(), run, 300);
    cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).not.toHaveBeenCalled();
    // Cancelling again, or after the task ran, does nothing.
    cancel();
  });

  it('is a setTimeout where scheduler.postTask is missing (happy-dom, Firefox before 142)', () => {
    expect('scheduler' in window).toBe(false);
    const run = vi.fn();
    runLater(window, run);
    const cancelled = vi.fn();
    runLater(window, cancelled, 10)();
    vi.advanceTimersByTime(10);
    expect(run).toHaveBeenCalledOnce();
    expect(cancelled).not.toHaveBeenCalled();
  });
});
