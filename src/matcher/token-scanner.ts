import { APOSTROPHE, GAP, IGNORABLE, IGNORABLE_CLASS, kindOf, kindOfCodePoint, SURROGATE, WORD } from './char-kind.ts';

const IGNORABLES = new RegExp(IGNORABLE_CLASS, 'g');

/** Is the code unit at `i` the start of a word character (including astral letters)? */
export function isWordAt(text: string, i: number): boolean {
  const kind = kindOf(text.charCodeAt(i));
  if (kind === WORD) return true;
  if (kind !== SURROGATE) return false;
  const codePoint = text.codePointAt(i)!;
  return codePoint > 0xffff && kindOfCodePoint(codePoint) === WORD;
}

/**
 * End of the word starting at `start` (a word character). A word runs over letters, digits, marks
 * and `_`, skips soft hyphens and zero-width characters, and takes an apostrophe only between two
 * word characters ("tendon's", not the closing quote in "calves'").
 */
export function wordEnd(text: string, start: number): number {
  let end = start;
  for (let i = start; i < text.length;) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === WORD) end = ++i;
    else if (kind === IGNORABLE) i++;
    else if (kind === APOSTROPHE && i + 1 < text.length && isWordAt(text, i + 1)) i++;
    else if (kind === SURROGATE && isWordAt(text, i)) end = i += 2;
    else break;
  }
  return end;
}

/**
 * Start of the next word of the same term after a word ending at `end`: only white space,
 * hyphens, apostrophes and invisible characters may come between. Returns -1 otherwise.
 */
export function nextWordStart(text: string, end: number): number {
  for (let i = end; i < text.length; i++) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === GAP || kind === IGNORABLE || kind === APOSTROPHE) continue;
    return isWordAt(text, i) ? i : -1;
  }
  return -1;
}

/**
 * Start of the word before the one starting at `start`, if only what `nextWordStart` steps over
 * (white space, hyphens, apostrophes, invisible characters) lies between; -1 otherwise. Letters
 * outside the Basic Multilingual Plane end the look back (no English phrase needs them).
 */
export function previousWordStart(text: string, start: number): number {
  let i = start - 1;
  for (; i >= 0; i--) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === GAP || kind === IGNORABLE || kind === APOSTROPHE) continue;
    if (kind !== WORD) return -1;
    break;
  }
  if (i < 0) return -1;
  // Back over the word: word characters, invisible ones, and an apostrophe between two letters.
  while (i > 0) {
    const kind = kindOf(text.charCodeAt(i - 1));
    if (kind === WORD || kind === IGNORABLE) i--;
    else if (kind === APOSTROPHE && i > 1 && kindOf(text.charCodeAt(i - 2)) === WORD) i--;
    else break;
  }
  return i;
}

/** A word as the trie stores it: lower-cased unless `exact`, ’ read as ', invisible characters dropped. */
export function wordKey(word: string, exact: boolean): string {
  const key = exact ? word : word.toLowerCase();
  return key.replace(/’/g, "'").replace(IGNORABLES, '');
}

/** Splits a surface form into the words the matcher reads, e.g. "warm-up" → warm, up. */
export function wordsOf(form: string, exact: boolean): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < form.length && !isWordAt(form, i)) i++;
  while (i >= 0 && i < form.length) {
    const end = wordEnd(form, i);
    words.push(wordKey(form.slice(i, end), exact));
    i = nextWordStart(form, end);
    if (i < 0 && /[\p{L}\p{N}]/u.test(form.slice(end)))
      throw new Error(`surface form "${form}" has characters that cannot join the words of a term`);
  }
  return words;
}
