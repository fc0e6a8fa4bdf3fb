import type { Match } from '../matcher/matcher.ts';

/** One marked occurrence of a glossary entry: the matcher's match, offsets in the block's text. */
export type MarkedTerm = Match;

/** A block with at least one marked term, as the index keeps it. */
export interface MarkedBlock {
  nodes: readonly Text[];
  starts: readonly number[];
  /** Sorted by `start`, never overlapping. */
  terms: readonly MarkedTerm[];
}

export interface TermIndex {
  add(block: MarkedBlock): void;
  /** Drops the block containing `node`, if any, and returns it so its ranges can be unpainted. */
  removeBlockOf(node: Text): MarkedBlock | undefined;
  /** The term covering offset `offset` of text node `node`, in O(log n) of the block's terms. */
  termAt(node: Text, offset: number): MarkedTerm | undefined;
  /** The marked block holding `node`, if any. */
  blockOf(node: Text): MarkedBlock | undefined;
  /** Marked occurrences per entry id, kept up to date as blocks come and go. */
  readonly counts: ReadonlyMap<string, number>;
  /** Every marked block, in no particular order. */
  blocks(): IterableIterator<MarkedBlock>;
  readonly size: number;
  clear(): void;
}

/**
 * Index from text nodes to the marked blocks they belong to; the hover hit test reads it. Nodes are
 * indexed when first asked about, not as blocks arrive: hashing every node of every marked block
 * for the content script's world was ~5 % of a pass over a forum thread, and most pages are read,
 * not hovered.
 */
export function createTermIndex(): TermIndex {
  const nodeIndex = new Map<Text, MarkedBlock>();
  const blocks = new Set<MarkedBlock>();
  let unindexed: MarkedBlock[] = [];
  const indexedNodes = () => {
    for (const block of unindexed) if (blocks.has(block)) for (const node of block.nodes) nodeIndex.set(node, block);
    unindexed = [];
    return nodeIndex;
  };
  const counts = new Map<string, number>();
  let size = 0;
  const count = (block: MarkedBlock, delta: 1 | -1) => {
    size += delta * block.terms.length;
    for (const { entryId } of block.terms) {
      const next = (counts.get(entryId) ?? 0) + delta;
      if (next > 0) counts.set(entryId, next);
      else counts.delete(entryId);
    }
  };

  return {
    counts,
    get size() {
      return size;
    },
    add(block) {
      blocks.add(block);
      count(block, 1);
      unindexed.push(block);
    },
    removeBlockOf(node) {
      const block = indexedNodes().get(node);
      if (!block) return undefined;
      blocks.delete(block);
      count(block, -1);
      for (const each of block.nodes) nodeIndex.delete(each);
      return block;
    },
    termAt(node, offset) {
      const block = indexedNodes().get(node);
      if (!block) return undefined;
      const position = block.starts[block.nodes.indexOf(node)]! + offset;
      let low = 0;
      let high = block.terms.length - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const term = block.terms[middle]!;
        if (position < term.start) high = middle - 1;
        else if (position >= term.end) low = middle + 1;
        else return term;
      }
      return undefined;
    },
    blockOf: (node) => indexedNodes().get(node),
    blocks: () => blocks.values(),
    clear() {
      nodeIndex.clear();
      unindexed = [];
      blocks.clear();
      counts.clear();
      size = 0;
    },
  };
}
