// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../src/glossary/bundled-packs.ts';
import { compileMatcher } from '../../../src/matcher/compile-matcher.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../../src/matcher/entries-from-packs.ts';

const matcher = compileMatcher(entriesFromPacks(BUNDLED_PACKS), anchorWordsFromPacks(BUNDLED_PACKS));

const marks = (text: string) =>
  matcher.match(text).map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);

describe('a sign that opens its sentence, said of a part, frames it (opening-sign.ts)', () => {
  it.each<[string, string[]]>([
    // Leaflets' lists of a clot's signs (real health text held out, issue 11).
    ['Redness of the calf', ['Redness!', 'calf']],
    ['Warmth of the calf', ['Warmth!', 'calf']],
    ['- Swelling around both ankles', ['Swelling!', 'ankles']],
    ['Signs of a clot: redness of the calf, warmth over the shin.', ['clot!', 'redness!', 'calf', 'warmth!']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['The warmth of the calf against her side kept the child asleep.', 'not at the opening'],
    ["Redness of the calf's navel can mean an infection.", 'a possessive names another part'],
    ['Tenderness over the calf market gave way to weak prices.', 'the part goes on with a noun'],
    ['Swelling around the toe of the boot means the leather is weak there.', 'the part goes on with "of"'],
    ['Warmth in the legs comes back after a brisk walk.', '"in" is no place of a sign'],
    ['Warmth of the foot of the bed is the best spot for the cat.', 'a word of another sense'],
  ])('%s marks nothing (%s)', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
