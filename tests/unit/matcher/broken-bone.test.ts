// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The nineteenth session (docs/sense.md "A bite's or a jab's site, a clot's course, the skin's signs…").
describe('"broke", "broken" and "break" are the fracture card only before a bone of the leg or the hip (broken-bone.ts)', () => {
  it.each<[string, string[]]>([
    ['I broke my ankle last year skiing.', ['broke', 'ankle']],
    ['Our son has a broken toe from football.', ['broken']],
    ['Mum fell and broke her hip before she passed away.', ['broke']],
    ['She broke both legs in the crash.', ['broke']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<string>([
    'The story broke on Monday and the phone never stopped.',
    'The chair broke a leg when he sat on it.',
    'Break a leg tonight!',
    'The horse broke his leg at the fence.',
    'The story ends with the lamb limping home, its broken leg in a splint.',
    'She broke her heel running for the bus.',
    'Take a break after the run.',
  ])('%s marks nothing', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
