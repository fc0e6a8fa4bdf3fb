import type { Match } from '../matcher/compile-matcher.ts';
import type { TextBlock } from './block-walker.ts';
import type { MarkStyle } from './highlight-registry.ts';
import type { MarkedTerm } from './term-index.ts';

/**
 * Turns matches in a block's joined text into ranges over the page's own text nodes. A match may
 * span several nodes (`<b>Compartment</b> <i>syndrome</i>`). Matches come sorted, so one pointer
 * walks the nodes once.
 */
export function markBlock(
  block: TextBlock,
  matches: readonly Match[],
  styleOf: (entryId: string) => MarkStyle,
  createRange: (init: StaticRangeInit) => AbstractRange,
): MarkedTerm[] {
  const { nodes, starts } = block;
  const terms: MarkedTerm[] = [];
  let k = 0;
  for (const { start, end, entryId } of matches) {
    // The node holding the match's first character…
    while (k + 1 < nodes.length && starts[k + 1]! <= start) k++;
    const startNode = nodes[k]!;
    const startOffset = start - starts[k]!;
    // …and the one holding its last.
    let j = k;
    while (j + 1 < nodes.length && starts[j + 1]! < end) j++;
    const range = createRange({
      startContainer: startNode,
      startOffset,
      endContainer: nodes[j]!,
      endOffset: end - starts[j]!,
    });
    terms.push({ entryId, style: styleOf(entryId), range, start, end });
  }
  return terms;
}
