import type { AddedRuns } from './added-runs.ts';
import { createBlockWalker, type BlockWalker } from './block-walker.ts';
import { planRescan } from './plan-rescan.ts';
import type { TermUnmarker } from './term-unmarker.ts';
import { walkLater } from './walk-later.ts';

export interface BatchWalk {
  walker: Pick<BlockWalker, 'next'>;
  /** The watched root (the body or an open shadow root) the walk is under. */
  root: Node;
}

export interface BatchWalksOptions {
  unmark: TermUnmarker;
  added: AddedRuns;
  /** Other walks are queued: the batch's walks come behind them. */
  isBehind: boolean;
  onShadowRoot: (shadowRoot: ShadowRoot) => void;
}

/**
 * What a batch of changes (not a huge one: root-watch.ts) needs under each watched root: the
 * subtrees that left are unmarked, and the runs added or changed (plan-rescan.ts) are unmarked and
 * walked again. The engine queues the walks; this says which, so a batch reads apart from the slices.
 */
export function batchWalks(records: MutationRecord[], roots: Iterable<Node>, options: BatchWalksOptions): BatchWalk[] {
  const { unmark, added, isBehind, onShadowRoot } = options;
  const walks: BatchWalk[] = [];
  for (const root of roots) {
    const mine = records.filter((record) => root.contains(record.target) || record.target === root);
    if (mine.length === 0) continue;
    const plan = planRescan(mine, root);
    for (const node of plan.removed) unmark.subtree(node);
    for (const run of plan.targets) {
      if (added.mayHoldMarks(run)) unmark.run(run);
      // Behind another walk (a change while the first walk goes on), the run may be reached and
      // marked by that walk before its own turn: it is unmarked again then.
      const walker = isBehind ? walkLater(run, root, unmark.run, onShadowRoot) : createBlockWalker(run, onShadowRoot);
      walks.push({ walker, root });
    }
  }
  return walks;
}
