import { describe, expect, it } from 'vitest';
import { isSignOfDescribedPart } from '../../../src/matcher/described-part.ts';

/** The swelling form of `sentence`, as the matcher would have found it. */
const signIn = (sentence: string) => {
  const found = /\b(?:swelled|swollen)\b/i.exec(sentence)!;
  return { start: found.index, end: found.index + found[0].length, entryId: 'p/sign', sense: 'weak' as const };
};

// Probes of the barepart15 round (issue 11), in our own words.
describe('a swelling said in the clause that describes a joint (described-part.ts)', () => {
  it.each<[string, boolean]>([
    ['My nan has a knee that swelled up after she knelt in the garden.', true],
    ['She has an ankle that had swollen overnight.', true],
    ['The knee swelled up after the match.', false],
    ['The lamp has a knee that swelled in the damp.', false],
    ['The old mare has an ankle that swelled up after the show.', false],
    ['A river that had swelled to twice its size.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isSignOfDescribedPart(sentence, signIn(sentence), [0, sentence.length])).toBe(expected);
  });
});
