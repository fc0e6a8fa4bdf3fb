/**
 * Where a sentence may end: a stop, question or exclamation mark (closing quotes or brackets
 * allowed) followed by space, or a line break.
 */
const MAY_END = /[.!?…。！？]["'”’)\]]*\s+|\n+/g;
/** Words after which a stop ends no sentence: titles, "e.g.", "vs.", initials. */
const ABBREVIATION = /(?:^|[\s(])(?:dr|mr|mrs|ms|prof|st|vs|etc|e\.g|i\.e|approx|no|fig|jr|sr|[a-z])\.["'”’)\]]*\s+$/i;

/**
 * The sentence of a block around an offset, as `[start, end)`. It follows Unicode's sentence rules
 * as `Intl.Segmenter` applies them (a stop ends a sentence unless a lower-case word follows), plus a
 * few abbreviations it does not know ("Dr. Smith"). `Intl.Segmenter` itself read every character
 * of a block and cost more than the whole matcher: 8–10 ms against 3–4 ms on 312 kB of the sense
 * corpus in five-sentence blocks (Node 22), while this reads only the possible ends. Where it errs,
 * a sentence is read longer or shorter by a clause, which moves an anchor by as much.
 */
export function sentencesOf(text: string): (at: number) => [number, number] {
  let ends: number[] | undefined;
  return (at) => {
    ends ??= sentenceEnds(text);
    let low = 0;
    let high = ends.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (ends[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return [ends[low]!, ends[low + 1] ?? text.length];
  };
}

/** Start offsets of the sentences of `text`, the first 0. */
function sentenceEnds(text: string): number[] {
  const starts = [0];
  MAY_END.lastIndex = 0;
  for (let found = MAY_END.exec(text); found; found = MAY_END.exec(text)) {
    const end = found.index + found[0].length;
    if (end >= text.length) break;
    if (found[0].startsWith('\n') || (!isLowerAt(text, end) && !isAbbreviation(text, found[0], end))) starts.push(end);
  }
  return starts;
}

const LOWER = /\p{Ll}/u;

/** A lower-case letter at `i`: ASCII without the Unicode property expression, as most text is. */
function isLowerAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 0x80 ? code >= 0x61 && code <= 0x7a : LOWER.test(text[i]!);
}

/**
 * Does the possible end `found` (a stop, quotes, white space) ending at `end` close an
 * abbreviation? `ABBREVIATION` ends with `\.`, quotes and white space, so only a stop can.
 */
function isAbbreviation(text: string, found: string, end: number): boolean {
  return found.startsWith('.') && ABBREVIATION.test(text.slice(Math.max(0, end - 12), end));
}
