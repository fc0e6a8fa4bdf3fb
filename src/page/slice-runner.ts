export interface SliceRunnerOptions {
  /** When the first slice began: the caller's setup for it counts as its work. */
  startedAt: number;
  /** Length of a slice, ms. */
  sliceMs: number;
  /** Gives the page its turn between slices. */
  yieldToMain: () => Promise<void>;
  /** Is any work left? */
  hasWork: () => boolean;
  /** Runs one slice of the work, from `start` until `deadline` (`performance.now()` times). */
  runSlice: (start: number, deadline: number) => void;
  /** Called when the work has drained (not after `stop`). */
  onDrained: () => void;
}

export interface SliceRunner {
  /** Starts running slices, unless it already is. */
  run(): void;
  readonly isRunning: boolean;
  /** Runs no more slices. */
  stop(): void;
}

/**
 * Runs work in slices, yielding to the page between them, until none is left: the engine's only
 * loop, so every piece of its work (walking, matching, painting) is measured in some slice.
 */
export function createSliceRunner(options: SliceRunnerOptions): SliceRunner {
  const { sliceMs, hasWork } = options;
  let firstStart: number | undefined = options.startedAt;
  let isRunning = false;
  let isStopped = false;
  const loop = async () => {
    isRunning = true;
    while (hasWork() && !isStopped) {
      const start = firstStart ?? performance.now();
      firstStart = undefined;
      options.runSlice(start, start + sliceMs);
      if (hasWork()) await options.yieldToMain();
    }
    isRunning = false;
    if (!isStopped && !hasWork()) options.onDrained();
  };
  return {
    run() {
      if (!isRunning) void loop();
    },
    get isRunning() {
      return isRunning;
    },
    stop() {
      isStopped = true;
    },
  };
}
