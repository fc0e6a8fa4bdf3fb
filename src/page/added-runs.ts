import type { SiblingRun } from './plan-rescan.ts';

export interface AddedRuns {
  /** Wraps the engine's batch scheduler, which root-watch.ts asks when a batch's first records arrive. */
  schedule(scheduleBatch: (run: () => void) => void): (run: () => void) => void;
  /** Called whenever a block is marked (added to the index). */
  noteMarked(): void;
  /** Must `run` be unmarked before it is walked again? */
  mayHoldMarks(run: SiblingRun): boolean;
}

/**
 * Which runs of a batch of changes can hold marked blocks. An element the records added can hold
 * one only if a block was marked after it came: a node of it that was on the page before was
 * moved, and the records of that move (a removal, in this batch or an earlier one) unmarked it.
 * So when no block was marked since the batch's first records arrived (the mutation observer
 * delivers them in the task of the change, before any slice of ours runs again), an added run is
 * walked without unmarking it. Unmarking asks the index about every text node of the run, and the
 * first question indexes every node of every block the page marked (term-index.ts): on the bench's
 * append of 100 posts to the 600-post thread that was about a fifth of the append's samples (`PROFILE_APPEND=1
 * node tests/bench/profile-forum.ts DIR`, docs/performance.md "Appending posts, the twelfth session").
 */
export function createAddedRuns(): AddedRuns {
  let marked = 0;
  let markedAtRecords = 0;
  return {
    schedule: (scheduleBatch) => (run) => {
      markedAtRecords = marked;
      scheduleBatch(run);
    },
    noteMarked() {
      marked++;
    },
    mayHoldMarks: (run) => !run.isAdded || marked !== markedAtRecords,
  };
}
