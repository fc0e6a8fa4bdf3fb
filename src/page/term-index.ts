import type { Match } from '../matcher/matcher.ts';
import { isLazyBlock, type LazyBlock } from './lazy-block.ts';

/** One marked occurrence of a glossary entry: the matcher's match, offsets in the block's text. */
export type MarkedTerm = Match;

/**
 * A block with at least one marked term, as the index keeps it. A block found whole on a huge
 * root (lazy-block.ts) looks its `nodes` and `starts` up when first asked for them: ask only for
 * blocks that are painted or read.
 */
export interface MarkedBlock {
  readonly nodes: readonly Text[];
  readonly starts: readonly number[];
  /** Sorted by `start`, never overlapping. */
  terms: readonly MarkedTerm[];
}

export interface TermIndex {
  add(block: MarkedBlock): void;
  /**
   * Drops the block containing `node`, if any, and returns it so its ranges can be unpainted. An
   * element finds only a lazy block around it (lazy-block.ts).
   */
  removeBlockOf(node: Node): MarkedBlock | undefined;
  /** The term covering offset `offset` of text node `node`, in O(log n) of the block's terms. */
  termAt(node: Text, offset: number): MarkedTerm | undefined;
  /** The marked block holding `node`, if any. */
  blockOf(node: Text): MarkedBlock | undefined;
  /** Marked occurrences per entry id, kept up to date as blocks come and go. */
  readonly counts: ReadonlyMap<string, number>;
  /** Does the index hold lazy blocks (found by the elements that hold them: lazy-block.ts)? */
  readonly hasLazyBlocks: boolean;
  /** Every marked block, in no particular order. */
  blocks(): IterableIterator<MarkedBlock>;
  readonly size: number;
  clear(): void;
}

/**
 * Index from text nodes to the marked blocks they belong to; the hover hit test reads it. Nodes are
 * indexed when first asked about, not as blocks arrive: hashing every node of every marked block
 * for the content script's world was ~5 % of a pass over a forum thread, and most pages are read,
 * not hovered. A lazy block is found by the siblings that hold it (`scope`), climbing from the node
 * asked about, so its text nodes are looked up only when the node is in it.
 */
export function createTermIndex(): TermIndex {
  const nodeIndex = new Map<Text, MarkedBlock>();
  const lazyIndex = new Map<Node, LazyBlock>();
  const blocks = new Set<MarkedBlock>();
  let unindexed: MarkedBlock[] = [];
  const indexedNodes = () => {
    for (const block of unindexed) if (blocks.has(block)) for (const node of block.nodes) nodeIndex.set(node, block);
    unindexed = [];
    return nodeIndex;
  };
  const scopeNodes = (block: LazyBlock, each: (node: Node) => void) => {
    for (let node: Node | null = block.scopeFirst; node; node = node === block.scopeLast ? null : node.nextSibling)
      each(node);
  };
  /** The lazy block whose siblings hold `node` (a node that left the page still climbs to them). */
  const lazyBlockAround = (node: Node): LazyBlock | undefined => {
    if (lazyIndex.size === 0) return undefined;
    for (let at: Node | null = node; at; at = at.parentNode) {
      const block = lazyIndex.get(at);
      if (block) return block;
    }
    return undefined;
  };
  /** The block holding `node`, found without looking a lazy block's nodes up. */
  const around = (node: Node) => indexedNodes().get(node as Text) ?? lazyBlockAround(node);
  /** The block whose text nodes include `node` (a lazy block's are looked up now). */
  const holding = (node: Text) => {
    const block = around(node);
    return block && (!isLazyBlock(block) || block.nodes.includes(node)) ? block : undefined;
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
    get hasLazyBlocks() {
      return lazyIndex.size > 0;
    },
    add(block) {
      blocks.add(block);
      count(block, 1);
      if (isLazyBlock(block)) scopeNodes(block, (node) => lazyIndex.set(node, block));
      else unindexed.push(block);
    },
    removeBlockOf(node) {
      const block = around(node);
      if (!block) return undefined;
      blocks.delete(block);
      count(block, -1);
      if (isLazyBlock(block)) scopeNodes(block, (each) => lazyIndex.get(each) === block && lazyIndex.delete(each));
      else for (const each of block.nodes) nodeIndex.delete(each);
      return block;
    },
    termAt(node, offset) {
      const block = holding(node);
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
    blockOf: holding,
    blocks: () => blocks.values(),
    clear() {
      nodeIndex.clear();
      lazyIndex.clear();
      unindexed = [];
      blocks.clear();
      counts.clear();
      size = 0;
    },
  };
}
