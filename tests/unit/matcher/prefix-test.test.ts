// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { prefixTestOf } from '../../../src/matcher/prefix-test.ts';

describe('a test of a block up to a point, its first match found once (prefix-test.ts)', () => {
  const FIRST_PERSON = /\b(?:I|[Mm]y)\b/;
  const DONE = /(?:^|[.!?]\s+)(?:rolled|iced)\s+the\s+ankle\b/i;
  const text = 'The apples bruise. Rolled the ankle on Sunday. My calf hurt. The bruise came out.';
  const ends = [0, 17, 19, 47, 50, 61, text.length];
  it.each<[string, RegExp]>([
    ['a word', FIRST_PERSON],
    ['a sentence start and a leg', DONE],
  ])('%s: the same answer as the test of the text before each end', (_, re) => {
    const before = prefixTestOf(re);
    for (const end of ends) expect([end, before(text, end)]).toEqual([end, re.test(text.slice(0, end))]);
  });
  it('reads a new block afresh', () => {
    const before = prefixTestOf(FIRST_PERSON);
    expect(before('My calf. The bruise.', 9)).toBe(true);
    expect(before('The calf. The bruise.', 10)).toBe(false);
  });
});
