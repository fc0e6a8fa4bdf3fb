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
/** The definitions: `classify` falls back on them outside the ranges it knows. */
export const WORD_CHAR = /^[\p{L}\p{M}\p{N}_]$/u;
export const SPACE_CHAR = /^\s$/u;
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
  const known = code <= 0xff ? latin1Kind(code) : code >= 0x2000 && code <= 0x206f ? punctuationKind(code) : UNKNOWN;
  if (known !== UNKNOWN) return known;
  const char = String.fromCharCode(code);
  if (SPACE_CHAR.test(char)) return GAP;
  return WORD_CHAR.test(char) ? WORD : SEPARATOR;
}

/**
 * Latin-1, other than the characters `classify` settles first. This range and General Punctuation
 * (curly quotes, dashes) hold the characters of most pages in Latin scripts, and are classified
 * without the Unicode property expressions: compiling those took ~2 ms of a content script's first
 * slice (Chromium 156). A unit test checks both ranges against the expressions.
 */
function latin1Kind(code: number): number {
  if ((code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0) return GAP;
  const isWord =
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x5f ||
    // ª ² ³ µ ¹ º ¼ ½ ¾, then the letters À–ÿ but × and ÷.
    code === 0xaa ||
    code === 0xb2 ||
    code === 0xb3 ||
    code === 0xb5 ||
    code === 0xb9 ||
    code === 0xba ||
    (code >= 0xbc && code <= 0xbe) ||
    (code >= 0xc0 && code !== 0xd7 && code !== 0xf7);
  return isWord ? WORD : SEPARATOR;
}

/** U+2000–U+206F, other than the characters `classify` settles first: spaces, or punctuation. */
function punctuationKind(code: number): number {
  const isSpace = code <= 0x200a || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f;
  return isSpace ? GAP : SEPARATOR;
}

export function kindOf(code: number): number {
  const kind = kinds[code]!;
  if (kind !== UNKNOWN) return kind;
  return kindOfUnknown(code);
}

/**
 * The first call fills in Latin-1 and General Punctuation at once, so that on a page in a Latin
 * script `kindOf` takes this path a single time. Filled one character at a time, as each first
 * appeared, V8 inlined `classify` into the trie walk and took 25 ms instead of 8.5 ms to optimize
 * the walk, which meanwhile ran unoptimized (Node 22, `--trace-opt`). On a whole cold pass the
 * difference is within this machine's noise (a few milliseconds at most).
 */
function kindOfUnknown(code: number): number {
  // Not filled yet while the first entry is unknown: the fill sets it first.
  if (kinds[0] === UNKNOWN) {
    for (let known = 0; known <= 0xff; known++) kinds[known] = classify(known);
    for (let known = 0x2000; known <= 0x206f; known++) kinds[known] = classify(known);
    if (kinds[code] !== UNKNOWN) return kinds[code]!;
  }
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
