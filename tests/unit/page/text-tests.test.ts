import { describe, expect, it } from 'vitest';
import { textTestsOf } from '../../../src/page/text-tests.ts';
import { bundledMatcher } from '../../support/engine-harness.ts';

describe('what the sieve asks of a text read whole (text-tests.ts)', () => {
  const tests = textTestsOf(bundledMatcher);

  it.each<[string, boolean]>([
    // A post's later paragraph: the blocks before it may name the leg (earlier-blocks.ts).
    ['The swelling has gone down but I kept stretching.', true],
    // A short block: its heading may name the leg (section-context.ts).
    ['Warmth and redness', true],
    // Nothing the page could anchor.
    [
      'The weakness of the defence showed after the break, in a game that was decided late by a stretch of sloppy passing and a long ball that nobody in the back line read or tracked.',
      false,
    ],
  ])('%s: %s', (text, expected) => {
    expect(tests.holds(text)).toBe(expected);
  });
});
