import type { Match } from '../matcher/compile-matcher.ts';
import type { MarkStyle } from './highlight-registry.ts';
import type { MarkedBlock, MarkedTerm } from './term-index.ts';

/** Matches in a block's text as terms: offsets only, no range until the term is painted. */
export function termsOf(matches: readonly Match[], styleOf: (entryId: string) => MarkStyle): MarkedTerm[] {
  return matches.map(({ start, end, entryId }) => ({ entryId, style: styleOf(entryId), start, end, range: undefined }));
}

/**
 * Gives each term of a block its range over the page's own text nodes. A term may span several
 * nodes (`<b>Compartment</b> <i>syndrome</i>`). Terms are sorted, so one pointer walks the nodes once.
 */
export function rangesOf(block: MarkedBlock, createRange: (init: StaticRangeInit) => AbstractRange): void {
  const { nodes, starts } = block;
  let k = 0;
  for (const term of block.terms) {
    // The node holding the term's first character…
    while (k + 1 < nodes.length && starts[k + 1]! <= term.start) k++;
    // …and the one holding its last.
    let j = k;
    while (j + 1 < nodes.length && starts[j + 1]! < term.end) j++;
    term.range = createRange({
      startContainer: nodes[k]!,
      startOffset: term.start - starts[k]!,
      endContainer: nodes[j]!,
      endOffset: term.end - starts[j]!,
    });
  }
}
