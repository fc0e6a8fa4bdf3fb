import { describe, expect, it } from 'vitest';
import { createSliceRunner } from '../../../src/page/slice-runner.ts';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('createSliceRunner', () => {
  it('runs slices until the work drains, yielding between them, the first from the given start', async () => {
    let left = 3;
    const starts: number[] = [];
    const events: string[] = [];
    const runner = createSliceRunner({
      startedAt: 5,
      sliceMs: 8,
      yieldToMain: async () => {
        events.push('yield');
        await nextTask();
      },
      hasWork: () => left > 0,
      runSlice(start, deadline) {
        starts.push(start);
        expect(deadline).toBe(start + 8);
        events.push('slice');
        left--;
      },
      onDrained: () => events.push('drained'),
    });
    runner.run();
    runner.run(); // already running: no second loop
    expect(runner.isRunning).toBe(true);
    await nextTask();
    await nextTask();
    await nextTask();
    expect(events).toEqual(['slice', 'yield', 'slice', 'yield', 'slice', 'drained']);
    expect(starts[0]).toBe(5);
    expect(runner.isRunning).toBe(false);
  });

  it('runs no more slices once stopped, and does not report the work drained', async () => {
    let slices = 0;
    let drained = false;
    const runner = createSliceRunner({
      startedAt: 0,
      sliceMs: 8,
      yieldToMain: nextTask,
      hasWork: () => true,
      runSlice: () => void slices++,
      onDrained: () => (drained = true),
    });
    runner.run();
    runner.stop();
    await nextTask();
    await nextTask();
    expect(slices).toBe(1);
    expect(drained).toBe(false);
  });
});
