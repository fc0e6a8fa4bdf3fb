// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

describe("a market's swelling is no leg's (market-swell.ts)", () => {
  it.each<string>([
    'The swelling in the budget deficit, economists warn, will not ease soon.',
    'Order books swelled in the spring, the analysts said.',
  ])('%s marks no swelling', (text) => {
    expect(marks(text).filter((mark) => /^sw(?:el|ol)/i.test(mark))).toEqual([]);
  });

  it.each<[string, string[]]>([
    // A part in the sentence: the red rule decides. The ankle's own swelling keeps its red.
    ['My ankle swelling is back. The swelling, the analysts said, would ease once rates fell.', ['swelling!']],
    ["Stressed about the mortgage rates, and now my ankle swelling is back and it's hot.", ['swelling!']],
    ['My calf is swollen and hard, and the analysts can wait: I am going to A&E.', ['swollen!']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text).filter((mark) => /^sw(?:el|ol)/i.test(mark))).toEqual(expected);
  });
});
