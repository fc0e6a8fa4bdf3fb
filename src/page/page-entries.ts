import type { Matcher } from '../matcher/matcher.ts';
import type { WaitingBlock } from './page-health.ts';
import type { SiblingRun } from './plan-rescan.ts';

export interface PageEntries {
  /** The entries the page's marks have shown in their sense so far, for the next match (src/matcher/page-shown.ts). */
  readonly shown: ReadonlySet<string>;
  /**
   * Asked after each `matcher.match` of a block, marks or none: takes the entries the match showed
   * (`Matcher.lastShown`) and keeps the block under each entry it left (`Matcher.lastLeft`). Returns
   * the blocks to match again (each once) when an entry is shown for the first time, else undefined.
   * `at`: the block's first text node, or the siblings that hold a lazy block.
   */
  noteMatched(at: Text | SiblingRun, root: Node): WaitingBlock[] | undefined;
  /** Blocks kept as waiting (tests read it). */
  readonly waitingCount: number;
}

/** Past this many waiting blocks, those that left the page are dropped (page-health.ts does the same). */
const PRUNE_FROM = 256;

const firstOf = (at: Text | SiblingRun): Node => ('nodeType' in at ? at : at.first);

/**
 * One sense per page (docs/sense.md "One sense per page"): the entries the page's own marks show in
 * their sense, and the blocks read before that left a weak form of one of them unanchored. A block
 * read after an entry is shown marks its forms as it is read; a block read before is matched again
 * when the entry is shown, as the health signal's waiting blocks are (page-health.ts). A mark made
 * only because its entry was shown shows nothing more (`Matcher.lastShown` leaves it out), so one
 * wrong mark cannot spread past its own entry.
 */
export function createPageEntries(matcher: Matcher): PageEntries {
  const shown = new Set<string>();
  const waiting = new Map<string, WaitingBlock[]>();
  let count = 0;
  let pruneAt = PRUNE_FROM;
  const prune = () => {
    count = 0;
    for (const [entry, blocks] of waiting) {
      const kept = blocks.filter((block) => block.root.contains(firstOf(block.at)));
      waiting.set(entry, kept);
      count += kept.length;
    }
    pruneAt = Math.max(PRUNE_FROM, 2 * count);
  };
  return {
    shown,
    noteMatched(at, root) {
      for (const entry of matcher.lastLeft) {
        const blocks = waiting.get(entry);
        if (blocks) blocks.push({ at, root });
        else waiting.set(entry, [{ at, root }]);
        if (++count >= pruneAt) prune();
      }
      // Most blocks show nothing, or only entries shown before: no array is made for them.
      if (matcher.lastShown.every((entry) => shown.has(entry))) return undefined;
      const newly = matcher.lastShown.filter((entry) => !shown.has(entry));
      const seen = new Set<Text | SiblingRun>();
      const again: WaitingBlock[] = [];
      for (const entry of newly) {
        shown.add(entry);
        for (const block of waiting.get(entry) ?? []) if (!seen.has(block.at) && seen.add(block.at)) again.push(block);
        count -= waiting.get(entry)?.length ?? 0;
        waiting.delete(entry);
      }
      return again;
    },
    get waitingCount() {
      return count;
    },
  };
}
