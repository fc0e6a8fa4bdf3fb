import { describe, expect, it } from 'vitest';
import { formsIn, hasFormAt } from '../../../src/matcher/forms-in.ts';

const raw = [0, 10, 10, 25, 40].map((start) => ({ start, end: start + 4 }));
const startsIn = (from: number, to: number) => formsIn(raw, from, to).map((form) => form.start);

describe('formsIn', () => {
  it.each([
    ['all of them', 0, 50, [0, 10, 10, 25, 40]],
    ['from a start, up to before an end', 10, 40, [10, 10, 25]],
    ['between starts', 1, 26, [10, 10, 25]],
    ['none in the span', 26, 40, []],
    ['none after the last', 41, 90, []],
  ])('%s', (_, from, to, starts) => {
    expect(startsIn(from, to)).toEqual(starts);
  });

  it('gives the same array back where every form is in the span', () => {
    expect(formsIn(raw, 0, 100)).toBe(raw);
  });
});

describe('hasFormAt', () => {
  it.each([
    [0, true],
    [10, true],
    [11, false],
    [40, true],
    [41, false],
    [-1, false],
  ])('at %i: %s', (at, expected) => {
    expect(hasFormAt(raw, at)).toBe(expected);
  });
});
