// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { RawMatch } from '../../../src/matcher/apply-sense.ts';
import { withoutUses } from '../../../src/matcher/without-uses.ts';

const TEXT = 'tight socks, a sore calf and tight boots';
const at = (word: string, from = 0): RawMatch => {
  const start = TEXT.indexOf(word, from);
  return { start, end: start + word.length, entryId: word, sense: 'weak' };
};
const MATCHES = [at('tight'), at('sore'), at('calf'), at('tight', 10)];
const isTight = (text: string, match: RawMatch) => text.slice(match.start, match.end) === 'tight';

describe('withoutUses keeps the forms its test does not set aside (without-uses.ts)', () => {
  it.each<[string, (text: string, match: RawMatch) => boolean, RawMatch[]]>([
    ['none set aside', () => false, MATCHES],
    ['the first and the last', isTight, [MATCHES[1]!, MATCHES[2]!]],
    ['all', () => true, []],
    ['one in the middle', (text, match) => match.entryId === 'sore', [MATCHES[0]!, MATCHES[2]!, MATCHES[3]!]],
  ])('%s', (_, isUse, expected) => {
    expect(withoutUses(TEXT, MATCHES, isUse)).toEqual(expected);
  });

  it('returns the same array when it sets none aside, and asks each form once', () => {
    const asked: RawMatch[] = [];
    const kept = withoutUses(TEXT, MATCHES, (text, match) => (asked.push(match), false));
    expect(kept).toBe(MATCHES);
    expect(asked).toEqual(MATCHES);
    asked.length = 0;
    withoutUses(TEXT, MATCHES, (text, match) => (asked.push(match), isTight(text, match)));
    expect(asked).toEqual(MATCHES);
  });
});
