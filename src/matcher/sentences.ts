/**
 * Where a sentence may end: a stop, question or exclamation mark or an ellipsis (closing quotes or
 * brackets allowed) followed by space, an emoji followed by space, or a line break.
 */
const MAY_END = /[.!?…。！？]["'”’)\]]*\s+|\n+/g;
/** The same with emoji; a Unicode property expression reads text slower, so only text with one. */
const MAY_END_EMOJI =
  /[.!?…。！？]["'”’)\]]*\s+|\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)*\s+|\n+/gu;
/** A character that may start an emoji: symbols, dingbats and the surrogates of the emoji planes. */
const MAY_BE_EMOJI = /[\u2190-\u2bff\u3030\u303d\u3297\u3299\ud83c-\ud83e]/;
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
 * is read longer or shorter by a clause, which moves an anchor by as much.
 */
export function sentencesOf(text: string): SentenceAt {
  let ends: Ends | undefined;
  const indexOf = (at: number) => {
    ends ??= sentenceEnds(text);
    let low = 0;
    let high = ends.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (ends.starts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const sentenceAt = (at: number): [number, number] => {
    const k = indexOf(at);
    return [ends!.starts[k]!, ends!.starts[k + 1] ?? text.length];
  };
  sentenceAt.senseFrom = (from: number) => {
    const k = indexOf(from);
    return ends!.isLowerStart[k] === 1 ? ends!.starts[k - 1]! : from;
  };
  return sentenceAt;
}

/**
 * The sentence around an offset, as `[start, end)`; and where the words that say a sentence is
 * about something else (a herd, a recipe) are read from: the sentence before too where a lower-case
 * word starts it. Read as one sentence until the split round, "checked the herd this morning. my
 * calves look good, none of them weak" kept its farm; the new break takes anchors away, not that.
 */
export type SentenceAt = ((at: number) => [number, number]) & { senseFrom(from: number): number };

interface Ends {
  /** Start offsets of the sentences, the first 0. */
  starts: number[];
  /** 1 where the sentence of the same index starts with a lower-case word after a stop. */
  isLowerStart: number[];
}

function sentenceEnds(text: string): Ends {
  const starts = [0];
  const isLowerStart = [0];
  const mayEnd = MAY_BE_EMOJI.test(text) ? MAY_END_EMOJI : MAY_END;
  mayEnd.lastIndex = 0;
  for (let found = mayEnd.exec(text); found; found = mayEnd.exec(text)) {
    const end = found.index + found[0].length;
    if (end >= text.length) break;
    if (!isEnd(text, found[0], end)) continue;
    starts.push(end);
    isLowerStart.push(!found[0].startsWith('\n') && isLowerAt(text, end) ? 1 : 0);
  }
  return { starts, isLowerStart };
}

/** Does the possible end `found` (a stop or an emoji, quotes, white space) ending at `end` end a sentence? */
function isEnd(text: string, found: string, end: number): boolean {
  if (found.startsWith('\n')) return true;
  if (!STOP.test(found)) return !JOINING.test(text.slice(end, end + 8));
  const isStop = found.startsWith('.');
  if (isStop && ABBREVIATION.test(text.slice(Math.max(0, end - 12), end))) return false;
  if (!isLowerAt(text, end)) return true;
  // A lower-case word: a new sentence, unless after a question, a closing quote or bracket ("'Stop!'
  // he said") or a shortened word.
  if (found.startsWith('?') || CLOSED.test(found)) return false;
  const before = text.slice(Math.max(0, end - 12), end);
  return !(isStop && (LOWER_ABBREVIATION.test(before) || INITIALS.test(before)));
}

const STOP = /^[.!?…。！？]/;
const CLOSED = /^[.!?…。！？]+["'”’)\]]/;
const LOWER = /\p{Ll}/u;

/** A lower-case letter at `i`: ASCII without the Unicode property expression, as most text is. */
function isLowerAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 0x80 ? code >= 0x61 && code <= 0x7a : LOWER.test(text[i]!);
}
