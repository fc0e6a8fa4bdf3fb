// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The nineteenth session (docs/sense.md "A bite's or a jab's site, a clot's course, the skin's signs…").
describe('"strain" is the muscle-strain card only as an injury a person has (strain-noun.ts)', () => {
  it.each<[string, string[]]>([
    ['A mild strain of the calf muscle makes walking painful for a week.', ['strain', 'calf muscle']],
    ['The strain usually starts with a sharp pain in the belly of your calf muscle.', ['strain', 'calf muscle']],
    ['I think it turned into a strain in one of my calves.', ['strain', 'calves']],
    ['I have multiple strains in my calves from the hills.', ['strains', 'calves']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['Being overweight puts more strain on my knees.', ['overweight', 'knees']],
    ['The strain of training for a marathon shows in my calves.', ['calves']],
    ['Strain the stock through a sieve, then add the shin of beef.', []],
    ['A new strain of flu is going round; my legs ache.', []],
    ['Eye strain from screens, and my calf muscles are tight from sitting.', ['calf muscles', 'tight']],
  ])('%s keeps "strain" unmarked: %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
