import { describe, expect, it } from 'vitest';
import { isSignAtPointedPlace } from '../../../src/matcher/pointed-place.ts';

/** The sign word of `sentence`, as the matcher would have found it. */
const signIn = (sentence: string, sign: string) => {
  const start = sentence.indexOf(sign);
  return { start, end: start + sign.length, entryId: 'p/sign', sense: 'weak' as const };
};

// Probes written for the rule (issue 11, threadsign round), in our own words.
describe('a sign at a place that points back (pointed-place.ts)', () => {
  it.each<[string, string, boolean]>([
    ["There's a lot of bruising in that area now.", 'bruising', true],
    ['Got a nasty bruise on the side of it.', 'bruise', true],
    ["It's healing, but there's still bruising on the side of it.", 'bruising', true],
    ["I've got some swelling around it.", 'swelling', true],
    ['Bruising on the back of it, and a bit of swelling.', 'Bruising', true],
    // A place of its own, or the sign after a preposition of its own.
    ['A few had a nasty bruise on the side.', 'bruise', false],
    ["There's bruising on the side of most of them.", 'bruising', false],
    ['The swelling of the strings in that area of the hall was lovely.', 'swelling', false],
    ['We saw swelling in the area of the old dam.', 'swelling', false],
    ['a spot of bruising on it', 'bruising', false],
    // Not a sign of the list.
    ['There is a dent on the side of it.', 'dent', false],
  ])('%s (%s) → %s', (sentence, sign, expected) => {
    expect(isSignAtPointedPlace(signIn(sentence, sign), [0, sentence.length], sentence)).toBe(expected);
  });
});
