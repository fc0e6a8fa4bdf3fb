import type { SiblingRun } from './plan-rescan.ts';
import type { TermIndex } from './term-index.ts';
import type { TermPainter } from './term-painter.ts';

export interface TermUnmarker {
  /** Unmarks every block with a text node (or lazy block's element) in `node`'s subtree. */
  subtree(node: Node): void;
  /** Unmarks the subtrees of the siblings `run.first`…`run.last`. */
  run(run: SiblingRun): void;
}

/**
 * Takes the marks of text that changed or left the page out of the index and off the painter, so
 * a batch of changes (and a walk queued behind another) can mark that text afresh.
 */
export function createTermUnmarker(document: Document, index: TermIndex, painter: TermPainter): TermUnmarker {
  const unmarkBlockOf = (node: Node) => {
    const block = index.removeBlockOf(node);
    if (block) painter.remove(block);
  };
  const subtree = (node: Node) => {
    if (index.size === 0) return;
    // Elements too where lazy blocks are (lazy-block.ts): they are found by the elements that hold
    // them, even when their text nodes are gone.
    const hasLazy = index.hasLazyBlocks;
    if (hasLazy || node.nodeType === 3) unmarkBlockOf(node);
    if (node.nodeType === 3) return;
    const walker = document.createTreeWalker(node, hasLazy ? 5 /* SHOW_ELEMENT | SHOW_TEXT */ : 4 /* SHOW_TEXT */);
    for (let each = walker.nextNode(); each; each = walker.nextNode()) unmarkBlockOf(each);
  };
  return {
    subtree,
    run(run) {
      for (let node: Node | null = run.first; node; node = node === run.last ? null : node.nextSibling) subtree(node);
    },
  };
}
