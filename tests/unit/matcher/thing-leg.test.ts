// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

describe("a ladder's or a table's leg is no body's (thing-leg.ts)", () => {
  it.each<string>([
    'A weak leg on the ladder is a hazard; replace it before you climb onto the roof.',
    'The legs can swell if the wood gets wet, so seal the timber before you paint.',
    'Check each leg of the stepladder before use; a weak leg means it goes to the tip.',
  ])('%s marks no sign', (text) => {
    expect(marks(text).filter((mark) => /^(?:weak|swel|swol)/i.test(mark))).toEqual([]);
  });

  it.each<[string, string[]]>([
    // A person in the sentence: the red rule decides.
    ['Fell off the ladder yesterday and my leg is swollen from the knee to the ankle.', ['swollen!']],
    ["Since the fall from the step stool the whole leg is weak and I can't feel my toes.", ['weak!']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text).filter((mark) => /^(?:weak|swel|swol)/i.test(mark))).toEqual(expected);
  });
});
