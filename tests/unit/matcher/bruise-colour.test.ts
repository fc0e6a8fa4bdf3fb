// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The redfix14 round (docs/sense.md "Bruise colours, a hand's tingling, a pulse and a thing that
// warms up"): bruise-colour.ts.
describe('a bruise’s colour is not the redness sign', () => {
  it.each<[string, string[]]>([
    ['The bruise on my shin turned a deep red, then purple, then yellow.', ['bruise']],
    ['The bruise on my calf is dark red and purple, from the fall.', ['bruise', 'calf']],
    ['I have a bruise on my calf. It turned a deep red overnight.', ['bruise', 'calf']],
    ['My calf is all purple and red where the bruise spread.', ['calf', 'bruise']],
    ['The bruise is red and sore on my calf.', ['bruise', 'calf']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // A red that is not a colour among others stays the sign, even beside a bruise.
    [
      'Bruised my calf on Sunday, and now the whole calf is red, hot and swollen.',
      ['Bruised', 'calf', 'calf', 'red!', 'hot!', 'swollen!'],
    ],
    ['My calf is bright red around the bruise and hot to the touch.', ['calf', 'red!', 'bruise', 'hot to the touch!']],
    ['My calf turned a deep red and it is hot and swollen.', ['calf', 'red!', 'hot!', 'swollen!']],
  ])('%s still marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
