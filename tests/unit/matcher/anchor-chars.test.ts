// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  ANCHOR_CLASSES,
  ANCHOR_GAP,
  ANCHOR_LETTER,
  ANCHOR_WORD,
  foldAnchorChar,
} from '../../../src/matcher/anchor-chars.ts';

// Every code unit, against the expressions whose reading the table keeps (flags `gi`, no `u`).
const CODES = Array.from({ length: 0x10000 }, (_, code) => code);

describe('the characters of anchors', () => {
  it('classes every code unit as \\w, [\\s\\u00a0-] and [a-z] did', () => {
    const wrong = CODES.filter((code) => {
      const char = String.fromCharCode(code);
      const classes = ANCHOR_CLASSES[code]!;
      return (
        /\w/.test(char) !== ((classes & ANCHOR_WORD) !== 0) ||
        /[\s\u00a0-]/.test(char) !== ((classes & ANCHOR_GAP) !== 0) ||
        /[a-z]/i.test(char) !== ((classes & ANCHOR_LETTER) !== 0)
      );
    });
    expect(wrong).toEqual([]);
  });

  it("folds a code unit to one that `i` matches it with, and ’ to '", () => {
    const wrong = CODES.filter((code) => {
      if (code >= 0xd800 && code <= 0xdfff) return false;
      const folded = String.fromCharCode(foldAnchorChar(code));
      const source = folded === "'" ? "['’]" : folded.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
      return !new RegExp(`^${source}$`, 'i').test(String.fromCharCode(code));
    });
    expect(wrong).toEqual([]);
    expect([0x41, 0x61, 0x2019].map(foldAnchorChar)).toEqual([0x61, 0x61, 0x27]);
    // Long s and the Kelvin sign upper-case to ASCII, which `i` without `u` does not match.
    expect(foldAnchorChar(0x17f)).not.toBe(0x73);
    expect(foldAnchorChar(0x212a)).not.toBe(0x6b);
  });
});
