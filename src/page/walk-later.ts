import { createBlockWalker, type BlockWalker } from './block-walker.ts';
import { runAround, type SiblingRun } from './plan-rescan.ts';
import { DONE, WORKED } from './walk-progress.ts';

/**
 * A walk of a run queued behind other walks. It finds the run and unmarks it only when its turn
 * comes: a walk ahead of it in the queue (the page's first walk, a batch of changes) may have
 * reached and marked the same text meanwhile, which would otherwise be marked twice. It skips a run
 * that left the page or whose siblings moved apart: the batch of that change reads it.
 * `at`: a block's first text node (its run is found again then), or the run itself.
 */
export function walkLater(
  at: Text | SiblingRun,
  root: Node,
  unmark: (run: SiblingRun) => void,
  onShadowRoot: (shadowRoot: ShadowRoot) => void,
): Pick<BlockWalker, 'next'> {
  let walker: BlockWalker | undefined;
  return {
    next() {
      if (walker) return walker.next();
      const run = 'nodeType' in at ? runAround(at, root) : at;
      if (run.first.parentNode !== run.last.parentNode || !root.contains(run.first)) return DONE;
      unmark(run);
      walker = createBlockWalker(run, onShadowRoot);
      return WORKED;
    },
  };
}
