import { describe, expect, it } from 'vitest';
import { abbreviationInflectionsOf, inflectionsOf, pluralsOf } from '../../../src/matcher/inflect.ts';

describe('pluralsOf', () => {
  it.each<[string, string[]]>([
    ['strain', ['strains']],
    ['bruise', ['bruises']],
    ['stretch', ['stretches']],
    ['injury', ['injuries']],
    ['day', ['days']],
    ['calf', ['calfs', 'calves']],
    ['thrombosis', ['thromboses']],
    ['gastrocnemius', ['gastrocnemiuses', 'gastrocnemii']],
    ['tibia', ['tibias', 'tibiae']],
    ['cortex', ['cortexes', 'cortices']],
    ['x', []],
    ['DVT2', []],
  ])('%s → %j', (word, plurals) => {
    expect(pluralsOf(word)).toEqual(plurals);
  });

  it('adds the possessive to a word’s spellings', () => {
    expect(inflectionsOf('tendon')).toEqual(["tendon's", 'tendons']);
  });

  it('keeps an abbreviation’s case', () => {
    expect(abbreviationInflectionsOf('DVT')).toEqual(['DVTs', "DVT's"]);
  });
});
