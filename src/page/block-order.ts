import { firstNodeOf } from './lazy-block.ts';
import type { MarkedBlock } from './term-index.ts';

const FOLLOWING = 4;

/** Marked blocks of one root in document order, to find those around what the reader sees. */
export interface BlockOrder {
  /** Adds a block in its place; `isLast`: the caller knows it follows every block added so far. */
  add(block: MarkedBlock, isLast?: boolean): void;
  remove(block: MarkedBlock): void;
  /**
   * The blocks from `margin` before `first` to `margin` after `last` (nodes of this root). While the
   * walk has not yet reached past `last` (`isComplete` false), only blocks from `first` on: the
   * blocks known so far before it may be far from it.
   */
  around(first: Node, last: Node, margin: number, isComplete: boolean): MarkedBlock[];
  clear(): void;
  /** Blocks added and not removed. */
  readonly size: number;
}

const isBefore = (a: Node, b: Node) => a !== b && (a.compareDocumentPosition(b) & FOLLOWING) !== 0;

export function createBlockOrder(): BlockOrder {
  let blocks: MarkedBlock[] = [];
  // Removed blocks leave in bulk: their nodes may be detached, and a detached node has no place in
  // document order for the binary search to compare with.
  const removed = new Set<MarkedBlock>();
  const compact = () => {
    if (removed.size === 0) return;
    blocks = blocks.filter((block) => !removed.has(block));
    removed.clear();
  };
  /** Index of the first block whose first node is not before `node`. */
  const lowerBound = (node: Node) => {
    let low = 0;
    let high = blocks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (isBefore(firstNodeOf(blocks[middle]!), node)) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return {
    add(block, isLast = false) {
      compact();
      const first = firstNodeOf(block);
      // The first walk of a page adds blocks in document order: append without searching.
      const last = blocks.at(-1);
      if (isLast || !last || isBefore(firstNodeOf(last), first)) blocks.push(block);
      else blocks.splice(lowerBound(first), 0, block);
    },
    remove(block) {
      removed.add(block);
    },
    around(first, last, margin, isComplete) {
      compact();
      const start = lowerBound(first);
      const end = lowerBound(last);
      if (!isComplete && end >= blocks.length) return blocks.slice(start);
      return blocks.slice(Math.max(0, start - margin), Math.min(blocks.length, end + margin));
    },
    clear() {
      blocks = [];
      removed.clear();
    },
    get size() {
      compact();
      return blocks.length;
    },
  };
}
