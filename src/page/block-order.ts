import type { MarkedBlock } from './term-index.ts';

const FOLLOWING = 4;

/** Marked blocks of one root in document order, to find those around what the reader sees. */
export interface BlockOrder {
  add(block: MarkedBlock): void;
  remove(block: MarkedBlock): void;
  /** The blocks from `margin` before `first` to `margin` after `last` (nodes of this root). */
  around(first: Node, last: Node, margin: number): MarkedBlock[];
  clear(): void;
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
      if (isBefore(blocks[middle]!.nodes[0]!, node)) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return {
    add(block) {
      compact();
      const first = block.nodes[0]!;
      // The first walk of a page adds blocks in document order: append without searching.
      const last = blocks.at(-1);
      if (!last || isBefore(last.nodes[0]!, first)) blocks.push(block);
      else blocks.splice(lowerBound(first), 0, block);
    },
    remove(block) {
      removed.add(block);
    },
    around(first, last, margin) {
      compact();
      const from = Math.max(0, lowerBound(first) - margin);
      const to = Math.min(blocks.length, lowerBound(last) + margin);
      return blocks.slice(from, to);
    },
    clear() {
      blocks = [];
      removed.clear();
    },
  };
}
