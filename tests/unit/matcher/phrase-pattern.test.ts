import { describe, expect, it } from 'vitest';
import { phrasePattern } from '../../support/phrase-pattern.ts';

const GAP = '[\\s-]+';
const found = (phrases: string[][], text: string) =>
  [...text.matchAll(new RegExp(`\\b(?:${phrasePattern(phrases, GAP)})\\b`, 'gi'))].map((m) => m[0]);

describe('phrasePattern', () => {
  it.each<[string, string[][], string, string[]]>([
    [
      'finds each phrase',
      [
        ['leg', 'of'],
        ['cold', 'feet'],
      ],
      'A leg of lamb, cold feet.',
      ['leg of', 'cold feet'],
    ],
    [
      'shares first words',
      [
        ['on', 'his', 'toes'],
        ['on', 'her', 'toes'],
      ],
      'on her toes, on his toes',
      ['on her toes', 'on his toes'],
    ],
    ['finds the longer of two phrases that share a start', [['leg'], ['leg', 'of']], 'the leg of it', ['leg of']],
    ['still finds the shorter one alone', [['leg'], ['leg', 'of']], 'a leg up', ['leg']],
    ['prefers the longer word', [['leg'], ['legs']], 'its legs', ['legs']],
    ['takes any gap between words', [['knee', 'deep']], 'knee-deep and knee  deep', ['knee-deep', 'knee  deep']],
    ['escapes what is special in expressions', [['5', 'a.m']], 'at 5 a.m or 5 axm', ['5 a.m']],
    ['reads a straight apostrophe as either', [["calf's"]], 'the calf’s', ['calf’s']],
  ])('%s', (_what, phrases, text, expected) => {
    expect(found(phrases, text)).toEqual(expected);
  });

  it('is empty for no phrases', () => {
    expect(phrasePattern([], GAP)).toBe('');
  });
});
