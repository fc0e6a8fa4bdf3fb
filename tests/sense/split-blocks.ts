import type { Match, Matcher } from '../../src/matcher/matcher.ts';
import { sentencesOf } from '../../src/matcher/sentences.ts';
import { MAX_EARLIER_BLOCKS, MAX_EARLIER_CHARS } from '../../src/page/earlier-blocks.ts';

/**
 * A corpus line's sentences read as the page reads a post whose sentences stand on lines of their
 * own (`<br>`, or a paragraph each): every sentence a block, with the sentences before it in the
 * line as its blocks before (src/page/earlier-blocks.ts: at most `MAX_EARLIER_BLOCKS`, the nearest
 * last, `MAX_EARLIER_CHARS` characters). The marks come back in the line's offsets, so the line's
 * labels score this reading as they score the line read as one block (`npm run eval:sense --
 * --split`; docs/sense.md, "A thread's later lines"). A line of one sentence reads as before.
 * `heading`: the heading the line stands under (read-corpus.ts), given to every block.
 */
export function matchSplit(matcher: Matcher, text: string, heading?: string): Match[] {
  const title = heading === undefined ? undefined : () => heading;
  const sentences = sentencesOf(text);
  const spans: [number, number][] = [];
  for (let at = 0; at < text.length;) {
    const [from, to] = sentences.at(at);
    const trimmed = text.slice(from, to).trimEnd();
    if (trimmed !== '') spans.push([from, from + trimmed.length]);
    at = to;
  }
  if (spans.length <= 1) return matcher.match(text, undefined, undefined, title);
  return spans.flatMap(([from, to], i) => {
    const before = spans
      .slice(Math.max(0, i - MAX_EARLIER_BLOCKS), i)
      .map(([start, end]) => text.slice(start, end))
      .join('\n')
      .slice(-MAX_EARLIER_CHARS);
    const earlier = i === 0 ? undefined : () => before;
    return matcher
      .match(text.slice(from, to), undefined, earlier, title)
      .map((match) => ({ ...match, start: match.start + from, end: match.end + from }));
  });
}
