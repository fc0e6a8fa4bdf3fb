// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The falsered15 round (docs/sense.md "Comfort, a thing's colour, a dish's or an animal's leg").
describe('a thing picked out by its colour is no redness (thing-colour.ts)', () => {
  it.each<string>([
    'Of the two sleeping bags, the red one is twice the size of the other, and my feet stayed warm all night.',
    'She kicked off the red ones and put her feet up on the sofa.',
    'Bright red socks with my brown boots, and my feet stayed warm all day at the match.',
    // "red" before "hot" is the heat's degree, no colour (the blow16 round).
    'My legs were red hot after the walk.',
    'Red hot prices on garden furniture this weekend only.',
  ])('%s marks no redness', (text) => {
    expect(marks(text).filter((mark) => mark.startsWith('red'))).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['My left calf went red and warm after the flight home.', ['calf', 'red!', 'warm!']],
    ['I wear red socks and my calf is red and swollen.', ['calf', 'red!', 'swollen!']],
    ['There is a red patch on my calf that feels hot.', ['red!', 'calf']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
