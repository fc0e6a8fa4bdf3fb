/**
 * The longest sentence the sense rules read whole. A run with no sentence end — a comment typed
 * without stops, a transcript, a chat log or a spec sheet pasted into one paragraph — is cut into
 * pieces of at most this many characters, each read as a sentence: many rules read a weak form's
 * whole sentence, so a run with a form every few hundred characters cost its forms × its length:
 * 10.3 s for 128k characters of the corpus's forum lines without stops on main, 0.39 s after this
 * cut, the bounds below, forms-in.ts and `AnchorFinder.wholeSpans` (Node 22, load 8–14; rerun
 * `node tests/bench/long-block.ts DIR --corpus`, docs/performance.md, "One long block with no
 * sentence end"). 500 is well past any sentence the corpus labels (the longest 286 characters: its
 * lines are 303 at most) and an anchor's reach in one (a body word a clause or two from its form);
 * a real sentence longer than this is cut at a clause, as sentences.ts errs by a clause elsewhere.
 */
export const MAX_SENTENCE = 500;

/** A clause's end inside a sentence: a comma, semicolon, colon or dash and the space after it. */
const isClauseMark = (code: number) =>
  code === 0x2c || code === 0x3b || code === 0x3a || code === 0x2013 || code === 0x2014;
const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0;

/**
 * Where to cut the sentence `[from, to)` of `text` so that no piece is longer than `MAX_SENTENCE`:
 * after the last clause mark and its space in a piece's second half, else at the start of its last
 * word, else (a run with no space, no words) at its end. Never inside a form (`forms`, sorted by
 * start): "blood clot" stays in one piece. Empty for a sentence no longer than the cap, as nearly all are.
 */
export function cutsOf(
  text: string,
  from: number,
  to: number,
  forms: readonly { start: number; end: number }[],
): number[] {
  const cuts: number[] = [];
  for (let at = from; to - at > MAX_SENTENCE;) {
    const cut = cutIn(text, at, forms);
    cuts.push(cut);
    at = cut;
  }
  return cuts;
}

function cutIn(text: string, at: number, forms: readonly { start: number; end: number }[]): number {
  const last = at + MAX_SENTENCE;
  for (let i = last - 1; i > at + MAX_SENTENCE / 2; i--)
    if (isClauseMark(text.charCodeAt(i - 1)) && isSpace(text.charCodeAt(i)) && !isInForm(i, forms))
      return Math.min(after(text, i), last);
  for (let i = last; i > at + 1; i--)
    if (isSpace(text.charCodeAt(i - 1)) && !isSpace(text.charCodeAt(i)) && !isInForm(i, forms)) return i;
  return last;
}

/** The end of the spaces from `i`. */
function after(text: string, i: number): number {
  while (isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Is `i` inside a form (after its start, before its end)? A binary search: the forms are sorted. */
function isInForm(i: number, forms: readonly { start: number; end: number }[]): boolean {
  let low = 0;
  let high = forms.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (forms[middle]!.start < i) low = middle + 1;
    else high = middle;
  }
  // `low - 1` is the last form starting before `i`; forms do not nest, but a longer one may start earlier.
  for (let k = low - 1; k >= 0 && k >= low - 4; k--) if (forms[k]!.end > i) return true;
  return false;
}

/**
 * `text.lastIndexOf(search, at)`, looking back at most `MAX_SENTENCE` characters; where none is
 * that near, the offset right before them (-1 at the block's start), as if a stop were there. For
 * the rules that find a form's sentence by its stops themselves (". ", "? "): on a run with no
 * stop, `lastIndexOf` read back to the block's start for every form.
 */
export function lastIndexNear(text: string, search: string, at: number): number {
  const from = Math.max(0, at - MAX_SENTENCE);
  const found = text.slice(from, at + search.length).lastIndexOf(search);
  return found < 0 ? from - 1 : from + found;
}

/**
 * Where `stop` (an expression of a sentence's end) first matches from `at`, looking at most
 * `MAX_SENTENCE` characters ahead; where it does not, the end of those characters or of the text.
 * For the same rules, which searched the whole rest of the block for every form.
 */
export function stopAfter(text: string, at: number, stop: RegExp): number {
  const found = text.slice(at, at + MAX_SENTENCE).search(stop);
  return found < 0 ? Math.min(text.length, at + MAX_SENTENCE) : at + found;
}
