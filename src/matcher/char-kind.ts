/**
 * How the matcher sees each UTF-16 code unit. Tables are filled lazily so the hot loop is an array
 * read; the Unicode property regex runs once per distinct character, not once per character seen.
 */
export const SEPARATOR = 0;
/** Letters, marks, digits and `_`: the characters of a word (Unicode word boundaries). */
export const WORD = 1;
/** Soft hyphen and zero-width characters: invisible, so skipped inside a word. */
export const IGNORABLE = 2;
/** White space (NBSP and line breaks included) and hyphens: may join the words of a term. */
export const GAP = 3;
/** ' and ’: inside a word ("tendon's") they belong to it; between words they act as a gap. */
export const APOSTROPHE = 4;
/** Half of a surrogate pair: the caller classifies the whole code point with `kindOfCodePoint`. */
export const SURROGATE = 5;

const UNKNOWN = 255;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}_]$/u;
const SPACE_CHAR = /^\s$/u;
const IGNORABLES = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
/** The same characters as a regular-expression class, for the code that searches with one. */
export const IGNORABLE_CLASS = '[\\u00ad\\u200b-\\u200d\\u2060\\ufeff]';
// ASCII hyphen-minus, Unicode hyphen and non-breaking hyphen. Dashes (–, —) separate, not join.
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);

const kinds = new Uint8Array(0x10000).fill(UNKNOWN);
const lowers = new Uint16Array(0x10000);

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return SURROGATE;
  if (IGNORABLES.has(code)) return IGNORABLE;
  if (code === 0x27 || code === 0x2019) return APOSTROPHE;
  if (HYPHENS.has(code)) return GAP;
  const char = String.fromCharCode(code);
  if (SPACE_CHAR.test(char)) return GAP;
  return WORD_CHAR.test(char) ? WORD : SEPARATOR;
}

export function kindOf(code: number): number {
  const kind = kinds[code]!;
  if (kind !== UNKNOWN) return kind;
  return (kinds[code] = classify(code));
}

/** Astral code points (emoji, rare scripts): word or separator, decided by the same property. */
export function kindOfCodePoint(codePoint: number): number {
  return WORD_CHAR.test(String.fromCodePoint(codePoint)) ? WORD : SEPARATOR;
}

/**
 * Lower case of a code unit, and ’ folded to '. Characters whose lower case is longer than one
 * code unit (İ) are kept as they are, so offsets in the text never shift.
 */
export function foldCase(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  const cached = lowers[code]!;
  if (cached !== 0) return cached;
  const lower = String.fromCharCode(code).toLowerCase();
  const folded = code === 0x2019 ? 0x27 : lower.length === 1 ? lower.charCodeAt(0) : code;
  return (lowers[code] = folded);
}
