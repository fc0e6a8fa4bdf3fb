// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundledMatcher } from '../../support/engine-harness.ts';

const marks = (text: string) =>
  bundledMatcher.match(text).map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);

// Written with the rule (issue 11, the skin18 round), in our own words.
describe('red said of a mark only the skin has (red-lesion.ts)', () => {
  it.each<[string, string[]]>([
    ['I noticed a red welt after the walk.', ['red']],
    ['Woke up covered in itchy red bumps.', ['red']],
    ['A big red, itchy rash spread across her back.', ['red']],
    ['The red-coloured blister burst overnight.', ['red']],
    ['Three angry red mosquito bites on my neck.', ['red']],
    // Red where its sentence already anchors it to the leg, by issue 11's rule.
    ['She has a red, itchy rash on her shin since the hike.', ['red!']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each([
    'The ladybird has red spots on its back.',
    'The map shows red patches where the fires burned.',
    'Red lumps of clay lay on the wheel.',
    'The road had red bumps painted at the crossing.',
    'Red Rash is the name of our band.',
    'Our dog has red bumps on his belly.',
    'The leaves came up in red blotches after the frost.',
  ])('%s stays unmarked', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
