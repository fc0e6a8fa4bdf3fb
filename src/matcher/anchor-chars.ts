/**
 * Characters as the sense rules read them when they look for anchors. These are the definitions of
 * the regular expressions (flags `gi`, no `u`) that found anchors before anchor-finder.ts, kept so
 * every decision stays the same: a word boundary is ASCII (`\b`: `[A-Za-z0-9_]`), a gap between the
 * words of a phrase is `[\s\u00a0-]+`, `[a-z]` is ASCII letters, and case folds as `i` folds it.
 * They differ from the matcher's own (char-kind.ts: Unicode letters, more hyphens, invisible
 * characters skipped) on purpose: changing them would change which sentences are anchored.
 */
export const ANCHOR_WORD = 1;
export const ANCHOR_GAP = 2;
export const ANCHOR_LETTER = 4;

/**
 * Per code unit, its `ANCHOR_*` bits: a table read inline in the hot loops, filled once. `\s` is
 * ECMAScript's white space and line terminators; a unit test checks the table against `/\s/`.
 */
export const ANCHOR_CLASSES = new Uint8Array(0x10000);
for (let code = 0x30; code <= 0x39; code++) ANCHOR_CLASSES[code] = ANCHOR_WORD;
for (let code = 0x41; code <= 0x5a; code++) {
  ANCHOR_CLASSES[code] = ANCHOR_WORD | ANCHOR_LETTER;
  ANCHOR_CLASSES[code + 32] = ANCHOR_WORD | ANCHOR_LETTER;
}
ANCHOR_CLASSES[0x5f] = ANCHOR_WORD;
for (const code of [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x2d, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
])
  ANCHOR_CLASSES[code] = ANCHOR_GAP;
for (let code = 0x2000; code <= 0x200a; code++) ANCHOR_CLASSES[code] = ANCHOR_GAP;

/** `\w` without the `u` flag. */
export const isAnchorWordChar = (code: number) => (ANCHOR_CLASSES[code]! & ANCHOR_WORD) !== 0;

const folds = new Uint16Array(0x10000);

/**
 * One code unit of each class of characters that `i` (without `u`) matches to each other, and ’
 * as ' (the expressions read ' as `['’]`). ASCII letters fold to lower case; other characters to
 * their upper case when it is one character and not ASCII (ECMAScript's Canonicalize), so "ſ" is
 * no "s".
 */
export function foldAnchorChar(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  if (code === 0x2019) return 0x27;
  const cached = folds[code]!;
  if (cached !== 0) return cached;
  const upper = String.fromCharCode(code).toUpperCase();
  const folded = upper.length === 1 && upper.charCodeAt(0) >= 0x80 ? upper.charCodeAt(0) : code;
  return (folds[code] = folded);
}
