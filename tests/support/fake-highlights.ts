import type { HighlightRegistry, MarkStyle } from '../../src/page/highlight-registry.ts';

/** happy-dom has no StaticRange: a plain object with the same fields stands in. */
export function createFakeRange(init: StaticRangeInit): AbstractRange {
  return { ...init, collapsed: init.startContainer === init.endContainer && init.startOffset === init.endOffset };
}

/** The text a range covers, read through a live Range of the test document. */
export function textOf(range: AbstractRange): string {
  const live = range.startContainer.ownerDocument!.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

/** A highlight registry that records what would be painted, for happy-dom (no CSS.highlights). */
export function createFakeRegistry() {
  const painted: Record<MarkStyle, Set<AbstractRange>> = { term: new Set(), urgent: new Set() };
  let isDestroyed = false;
  const registry: HighlightRegistry = {
    add: (range, style) => void painted[style].add(range),
    delete: (range, style) => void painted[style].delete(range),
    clear() {
      painted.term.clear();
      painted.urgent.clear();
    },
    destroy() {
      painted.term.clear();
      painted.urgent.clear();
      isDestroyed = true;
    },
  };
  return {
    registry,
    painted,
    get isDestroyed() {
      return isDestroyed;
    },
    /** Painted texts in document order, urgent and plain together. */
    texts(): string[] {
      const all = [...painted.term, ...painted.urgent];
      all.sort((a, b) => {
        if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
        return a.startContainer.compareDocumentPosition(b.startContainer) & 4 ? -1 : 1;
      });
      return all.map(textOf);
    },
  };
}
