import type { Matcher } from '../matcher/matcher.ts';
import type { SiblingRun } from './plan-rescan.ts';
import type { MarkedTerm } from './term-index.ts';

/**
 * How many distinct entries a page's own marks (made without the signal) must name before it is
 * read as a health page, whose relaxed forms need no anchor (issue 11 §2, docs/sense.md "Page
 * signal"). Three took held8's forum-style recall from 78.5 to 83.4 % a sentence; two took it to
 * 85.8 %, and on the eighth and ninth held-out rounds (held14, held15) two took the forum-style lines
 * as the page reads them from 86.7 to 89.9 % and from 77.0 to 82.0 %, with no everyday page's mark
 * gained wrong; the cost is a few normal-colour marks on pages that are no health writing (held8's
 * 820 general-web pages: skinny jeans' "tighter ankle", a fiction page's knees; none red, as no
 * relaxed form is urgent). Docs/sense.md "Page signal at two entries". Rerun: `node
 * tests/sense/score-text.ts DIR --paragraphs --page-signal 2` and `node tests/sense/mark-text.ts FILE…
 * --page-signal 2`.
 */
export const HEALTH_PAGE_ENTRIES = 2;

/**
 * A block whose relaxed form waited for the signal, under its root: its first text node (its run of
 * siblings is found again when it is walked, as the page may have changed it since), or the
 * siblings that hold a lazy block.
 */
export interface WaitingBlock {
  at: Text | SiblingRun;
  root: Node;
}

export interface PageHealth {
  /**
   * Asked after each `matcher.match` of a block: keeps the block if a relaxed form of it waits for
   * the signal. `at`: the block's first text node, or the siblings that hold a lazy block.
   */
  noteMatched(at: Text | SiblingRun, root: Node): void;
  /**
   * Counts the entries of terms just marked. At the threshold it raises the matcher's signal, once,
   * and returns the blocks to match again (each once); else undefined.
   */
  noteMarked(terms: readonly MarkedTerm[]): WaitingBlock[] | undefined;
  /** Blocks kept as waiting (tests read it). */
  readonly waitingCount: number;
}

/**
 * Past this many waiting blocks, those that left the page are dropped (and the limit doubles past
 * the ones still there): an everyday page that never reaches the signal keeps no removed node alive.
 */
const PRUNE_FROM = 256;

const firstOf = (at: Text | SiblingRun): Node => ('nodeType' in at ? at : at.first);

/**
 * The page's own health signal: the distinct entries it marks, and the blocks that a health page
 * would mark more of. Counting stops once the signal is raised, so a relaxed form marked only
 * because of it never feeds it; a page that changes may reach it late. Nothing lowers it again.
 */
export function createPageHealth(matcher: Matcher, threshold = HEALTH_PAGE_ENTRIES): PageHealth {
  const entries = new Set<string>();
  let waiting: WaitingBlock[] = [];
  let isRaised = false;
  let pruneAt = PRUNE_FROM;
  return {
    noteMatched(at, root) {
      if (!matcher.isWaitingForHealthPage) return;
      waiting.push({ at, root });
      if (waiting.length < pruneAt) return;
      waiting = waiting.filter((block) => block.root.contains(firstOf(block.at)));
      pruneAt = Math.max(PRUNE_FROM, 2 * waiting.length);
    },
    noteMarked(terms) {
      if (isRaised) return undefined;
      for (const term of terms) entries.add(term.entryId);
      if (entries.size < threshold) return undefined;
      isRaised = true;
      matcher.raiseHealthPage();
      const seen = new Set<Text | SiblingRun>();
      const blocks = waiting.filter(({ at }) => !seen.has(at) && seen.add(at));
      waiting = [];
      return blocks;
    },
    get waitingCount() {
      return waiting.length;
    },
  };
}
