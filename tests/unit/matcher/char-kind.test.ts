import { describe, expect, it } from 'vitest';
import {
  APOSTROPHE,
  GAP,
  IGNORABLE,
  IGNORABLE_CLASS,
  kindOf,
  SEPARATOR,
  SPACE_CHAR,
  WORD,
  WORD_CHAR,
} from '../../../src/matcher/char-kind.ts';

/** What each character is by the definitions alone (the Unicode property expressions). */
function kindByDefinition(code: number): number {
  const char = String.fromCharCode(code);
  if (new RegExp(IGNORABLE_CLASS).test(char)) return IGNORABLE;
  if (code === 0x27 || code === 0x2019) return APOSTROPHE;
  if (code === 0x2d || code === 0x2010 || code === 0x2011) return GAP;
  if (SPACE_CHAR.test(char)) return GAP;
  return WORD_CHAR.test(char) ? WORD : SEPARATOR;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('kindOf', () => {
  it.each([
    ['Latin-1', range(0, 0xff)],
    ['General Punctuation', range(0x2000, 0x206f)],
    ['a sample of other blocks', [0x100, 0x2b0, 0x301, 0x3b1, 0x416, 0x5d0, 0x660, 0x1680, 0x2070, 0x3000, 0x4e2d]],
  ])('classifies %s as the Unicode definitions do', (_, codes) => {
    const differing = codes.filter((code) => kindOf(code) !== kindByDefinition(code)).map((code) => code.toString(16));
    expect(differing).toEqual([]);
  });
});
