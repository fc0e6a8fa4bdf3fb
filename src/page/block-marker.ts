import type { Matcher } from '../matcher/matcher.ts';
import { applyOccurrencePolicy, type OccurrencePolicy } from '../matcher/occurrence-policy.ts';
import type { AddedRuns } from './added-runs.ts';
import { createBlockContext } from './block-context.ts';
import type { TextBlock } from './block-walker.ts';
import { LazyBlock, type UnwalkedBlock } from './lazy-block.ts';
import { createPageHealth, type WaitingBlock } from './page-health.ts';
import { createPageEntries } from './page-entries.ts';
import type { ScanDetail } from './term-engine-options.ts';
import type { MarkedBlock, TermIndex } from './term-index.ts';
import type { TermPainter } from './term-painter.ts';

export interface BlockMarkerOptions {
  matcher: Matcher;
  policy: OccurrencePolicy;
  index: TermIndex;
  painter: TermPainter;
  added: AddedRuns;
  /** The engine's root: its blocks are painted around the viewport (term-painter.ts). */
  pageRoot: Node;
  /** The page's own marks showed it medical, or showed an entry in its sense: this block, which waited for that, is walked again. */
  onWaiting: (block: WaitingBlock) => void;
}

export interface BlockMarker {
  /**
   * Matches a block of `root` and marks the terms it keeps, adding them to `detail`'s matches and
   * painted. `isInOrder`: the block comes in document order, after every block known.
   */
  mark(step: TextBlock | UnwalkedBlock, root: Node, isInOrder: boolean, detail: ScanDetail): void;
  /** Forgets the page around the blocks read so far (block-context.ts): the page may have changed. */
  forget(): void;
  /**
   * The page was rebuilt (a single-page app's new view, read again whole): the entries its old text
   * showed in their sense, and the blocks that waited for them, are forgotten (page-entries.ts). The
   * matcher's health signal is not lowered (`Matcher.raiseHealthPage` is one way).
   */
  startOver(): void;
}

/**
 * A term's path from a walker's block to the painter, in the order it takes: the matcher (with the
 * block's context), the occurrence policy, the index, the page's health signal, the painter. The
 * engine around it only decides which block comes next and when a slice ends.
 */
export function createBlockMarker(options: BlockMarkerOptions): BlockMarker {
  const { matcher, policy, index, painter, added, pageRoot, onWaiting } = options;
  const context = createBlockContext(matcher);
  const health = createPageHealth(matcher);
  let entries = createPageEntries(matcher);
  return {
    mark(step, root, isInOrder, detail) {
      const found = context.match(step.text, step.kind === 'block' ? step.nodes[0] : step.first, root, entries.shown);
      const at = step.kind === 'block' ? step.nodes[0]! : step.scope;
      health.noteMatched(at, root);
      // The blocks before that left a weak form of an entry this block shows (page-entries.ts).
      for (const block of entries.noteMatched(at, root) ?? []) if (block.at !== at) onWaiting(block);
      if (found.length === 0) return;
      const kept = applyOccurrencePolicy(found, policy, index.counts);
      if (kept.length === 0) return;
      const marked: MarkedBlock =
        step.kind === 'block'
          ? { nodes: [...step.nodes], starts: [...step.starts], terms: kept }
          : new LazyBlock(step, kept);
      index.add(marked);
      added.noteMarked();
      // The page's own marks show it is medical: its waiting blocks are matched again (page-health.ts).
      for (const block of health.noteMarked(kept) ?? []) onWaiting(block);
      detail.matches += marked.terms.length;
      detail.painted += painter.add(marked, root === pageRoot, isInOrder);
    },
    forget: () => context.forget(),
    startOver() {
      entries = createPageEntries(matcher);
    },
  };
}
