import { describe, expect, it } from 'vitest';
import { blockTestOf } from '../../../src/matcher/block-test.ts';

describe('blockTestOf', () => {
  it.each([
    ['the same block asked three times', ['a cramp, a cramp', 'a cramp, a cramp', 'a cramp, a cramp'], 1],
    ['two blocks in turn', ['at night', 'by day', 'at night'], 3],
    ['an empty block, then one', ['', '', 'at night'], 2],
  ])('reads %s once a change of block', (_, texts, reads) => {
    let count = 0;
    const namesNight = blockTestOf((text) => {
      count++;
      return /night/.test(text);
    });
    expect(texts.map(namesNight)).toEqual(texts.map((text) => /night/.test(text)));
    expect(count).toBe(reads);
  });
});
