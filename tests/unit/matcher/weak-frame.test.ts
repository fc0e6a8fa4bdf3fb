import { describe, expect, it } from 'vitest';
import { NO_ANCHOR_WORDS } from '../../../src/matcher/anchor-patterns.ts';
import { compileMatcher } from '../../../src/matcher/compile-matcher.ts';

/** A small pack: "weak" is an urgent weak form, and "so weak" a frame after a leg word. */
const matcher = compileMatcher(
  [{ id: 'weakness', forms: [{ text: 'weak', sense: 'weak' }], isUrgent: true, isSymptom: true }],
  {
    ...NO_ANCHOR_WORDS,
    framed: ['leg', 'foot'],
    framesBefore: ['my'],
    framesAfter: ['pain', 'so weak', 'is so weak', 'are so weak', 'very weak'],
  },
);

const marks = (text: string) =>
  matcher.match(text).map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);

// The red hunt (issue 11): "so weak" after a leg word said of a table, a ladder or a footballer's
// foot was red. A frame of weakness now needs a person before the leg: an owner or a family name.
describe('a frame of weakness needs a person before the leg', () => {
  it.each<[string, string, string[]]>([
    ['an owner', 'Her legs are so weak now.', ['weak!']],
    ['an owner, another tense', 'His legs were so weak he sat down.', ['weak!']],
    ['an owner and no verb', 'her legs so weak today', ['weak!']],
    ['a family name and a word of time', 'dad leg suddenly very weak', ['weak!']],
    ['a family possessive (a frame of its own)', "Mum's legs are so weak.", ['weak!']],
    ['"my" (a frame of its own)', 'My legs are so weak.', ['weak!']],
    ['no one: a table', 'The legs are so weak on this cheap table.', []],
    ["no one: a ladder's legs", "The ladder's legs are so weak.", []],
    ["no one: a footballer's foot", "The striker's foot is so weak that he never shoots.", []],
    ['no one, even in a post (the price of the rule)', 'legs so weak after chemo', []],
    ['other frames after a leg word need no one', 'Leg pain left it weak.', ['weak!']],
  ])('%s: %s', (_, text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
