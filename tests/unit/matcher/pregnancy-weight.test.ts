// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The tissue17 round: a pregnancy's added weight is not the overweight card's (pregnancy-weight.ts).
describe('a pregnancy’s extra weight gets no overweight card', () => {
  it.each<[string, string[]]>([
    ['The extra weight of the baby puts pressure on the veins in your legs.', []],
    ['In pregnancy, the extra weight you carry changes your balance.', ['pregnancy']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['Carrying extra weight puts pressure on your knees.', ['extra weight', 'knees']],
    [
      'Extra weight put on before pregnancy raises the risk of clots in the legs.',
      ['Extra weight', 'pregnancy', 'clots!'],
    ],
  ])('%s keeps %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
