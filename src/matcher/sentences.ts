import { cutsOf, MAX_SENTENCE } from './long-sentence.ts';

/**
 * Where a sentence may end: a stop, question or exclamation mark or an ellipsis (closing quotes or
 * brackets allowed) followed by space, an emoji followed by space, or a line break. The emoji are
 * the symbol and dingbat blocks and the emoji planes (`isEmojiAt`), in the one character class: a
 * `\p{Extended_Pictographic}` expression, or an alternative of its own, read the bench thread's
 * blocks about twice as slowly as the stops alone (Node 22, 2,865 blocks: 2.9 ms against 1.4).
 */
const MAY_END = /[.!?…。！？\u2600-\u27bf\u2b05-\u2b55\udc00-\udfff]\ufe0f?["'”’)\]]*\s+|\n+/g;
/** Words after which a stop ends no sentence: titles, "e.g.", "vs.", initials. */
const ABBREVIATION = /(?:^|[\s(])(?:dr|mr|mrs|ms|prof|st|vs|etc|e\.g|i\.e|approx|no|fig|jr|sr|[a-z])\.["'”’)\]]*\s+$/i;
/**
 * Shortened words that go on in lower case ("approx. six weeks", "for 2 mins. then", "Smith et al.
 * found"): before a capital they end a sentence as any word does ("I held it for 2 mins. Then…").
 */
const LOWER_ABBREVIATION =
  /(?:^|[\s(\d])(?:al|ca|cf|viz|esp|incl|est|min|mins|hr|hrs|sec|secs|wk|wks|yr|yrs|mo|mos|lb|lbs|oz|tbsp|tsp|ft|pt|dept|govt|inc|ltd|co|corp|approx|appt|avg|max)\.\s+$/i;
/** Initials before a lower-case word: "5 p.m. and", "the U.S. and". */
const INITIALS = /(?:^|[\s(])(?:[a-z]\.){2,}\s+$/i;
/** After an emoji, a word that joins what follows to what went before: "rolled it 😭 and now…". */
const JOINING = /^(?:and|or|but|because|cos|coz|with|like|so)\b/i;

/**
 * The sentence of a block around an offset, as `[start, end)`. A stop, question or exclamation
 * mark, an ellipsis or an emoji followed by space ends a sentence, whatever the case of the word
 * after: forum posts typed on a phone start their sentences in lower case ("rolled my ankle
 * yesterday. still swollen today. anyway the match was good"), and read as one sentence they let a
 * body part anchor the forms of the next sentence ("stubbed my toe lol. brisket was finally
 * tender": a false red), and the block rule never saw their fragments. So a lower-case post is
 * read as the same post with capitals. Unicode's sentence rules, as `Intl.Segmenter` applies them,
 * go on after a lower-case word instead; they still do after a closing quote or bracket ('"Stop!"
 * he said'), after titles, initials and "e.g.", and, before a lower-case word only, after shortened
 * units and the like ("approx. six weeks"). An emoji ends a sentence unless "and", "but" or another
 * joining word follows. " - " ends none ("my calf - swollen and warm since the flight"). Text with no
 * punctuation at all is one sentence. `Intl.Segmenter` itself read every character of a block and
 * cost more than the whole matcher: 8–10 ms against 3–4 ms on 312 kB of the sense corpus in
 * five-sentence blocks (Node 22), while this reads only the possible ends. Where it errs, a sentence
 * is read longer or shorter by a clause, which moves an anchor by as much. A sentence longer than
 * `MAX_SENTENCE` (a run with no end: a pasted log, a comment typed without stops) is read as pieces
 * cut at a clause or a word (long-sentence.ts), so the rules that read a form's sentence read a few
 * hundred characters, not the whole run.
 */
export function sentencesOf(text: string, forms: readonly Span[] = []): Sentences {
  return new Sentences(text, forms);
}

type Span = { start: number; end: number };

/**
 * The sentences of a block: the one around an offset, as `[start, end)`; and where the words that
 * say a sentence is about something else (a herd, a recipe) are read from: the sentence before too
 * where a lower-case word starts it. Read as one sentence until the split round, "checked the herd
 * this morning. my calves look good, none of them weak" kept its farm; the new break takes anchors
 * away, not that.
 */
export class Sentences {
  readonly #text: string;
  readonly #forms: readonly Span[];
  /** Start offsets of the sentences, the first 0; read when first asked. */
  #starts: number[] | undefined;
  /** Indexes into `#starts` of the sentences that start with a lower-case word after a stop. */
  #lowerStarts: number[] = [];

  /** `forms`: the block's forms, in order, which no cut of an over-long sentence splits (long-sentence.ts). */
  constructor(text: string, forms: readonly Span[] = []) {
    this.#text = text;
    this.#forms = forms;
  }

  at(offset: number): [number, number] {
    const starts = this.#read();
    const k = this.#indexOf(offset);
    return [starts[k]!, starts[k + 1] ?? this.#text.length];
  }

  senseFrom(from: number): number {
    const starts = this.#read();
    if (this.#lowerStarts.length === 0) return from;
    const k = this.#indexOf(from);
    return this.#lowerStarts.includes(k) ? starts[k - 1]! : from;
  }

  #indexOf(at: number): number {
    const starts = this.#read();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  #read(): number[] {
    if (this.#starts) return this.#starts;
    const text = this.#text;
    const starts = [0];
    MAY_END.lastIndex = 0;
    for (let found = MAY_END.exec(text); found; found = MAY_END.exec(text)) {
      const end = found.index + found[0].length;
      if (end >= text.length) break;
      if (!isEnd(text, found[0], end)) continue;
      this.#cutBefore(starts, end);
      if (found[0].charCodeAt(0) !== 0x0a && isLowerAt(text, end)) this.#lowerStarts.push(starts.length);
      starts.push(end);
    }
    this.#cutBefore(starts, text.length);
    return (this.#starts = starts);
  }

  /** Cuts the last sentence of `starts`, which ends at `end`, into pieces if it is over-long (long-sentence.ts). */
  #cutBefore(starts: number[], end: number) {
    const from = starts[starts.length - 1]!;
    if (end - from > MAX_SENTENCE) starts.push(...cutsOf(this.#text, from, end, this.#forms));
  }
}

/** Does the possible end `found` (a stop or an emoji, quotes, white space) ending at `end` end a sentence? */
function isEnd(text: string, found: string, end: number): boolean {
  if (found.startsWith('\n')) return true;
  if (!STOPS.includes(found[0]!)) return isEmojiAt(text, end - found.length) && !JOINING.test(text.slice(end, end + 8));
  const isStop = found.startsWith('.');
  if (isStop && ABBREVIATION.test(text.slice(Math.max(0, end - 12), end))) return false;
  if (!isLowerAt(text, end)) return true;
  // A lower-case word: a new sentence, unless after a question, a closing quote or bracket ("'Stop!'
  // he said") or a shortened word.
  if (found.startsWith('?') || CLOSED.test(found)) return false;
  const before = text.slice(Math.max(0, end - 12), end);
  return !(isStop && (LOWER_ABBREVIATION.test(before) || INITIALS.test(before)));
}

const STOPS = '.!?…。！？';

/**
 * Is the character of `MAY_END` at `i` part of an emoji: a symbol or dingbat, an emoji variation
 * selector, or the low half of a character of the emoji planes (U+1F000–U+1FBFF)?
 */
function isEmojiAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0xdc00 || code > 0xdfff) return true;
  const high = text.charCodeAt(i - 1);
  return high >= 0xd83c && high <= 0xd83e;
}
const CLOSED = /^[.!?…。！？]+["'”’)\]]/;
const LOWER = /\p{Ll}/u;

/** A lower-case letter at `i`: ASCII without the Unicode property expression, as most text is. */
function isLowerAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 0x80 ? code >= 0x61 && code <= 0x7a : LOWER.test(text[i]!);
}
