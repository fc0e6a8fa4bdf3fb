// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The blow16 round (docs/sense.md "A blow's mark, a clot under treatment, a leg's signs denied").
describe('"red hot" is the warmth card only where said of a person\'s leg, red (red-hot.ts)', () => {
  it.each<[string, string[]]>([
    ['My legs were red hot after the walk.', ['hot!']],
    ['My calf is red hot and swollen since the flight.', ['calf', 'hot!', 'swollen!']],
    ['She has a red hot, swollen leg.', ['hot!', 'swollen!']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<string>([
    'The red-hot striker has scored in seven games running.',
    'My legs were tired after the match, and the striker was red hot all afternoon.',
    'The pan was red hot, so I moved it off my lap and onto the board.',
    'My legs were red hot from the sun by the end of the beach day.',
    'Hot Legs was one of his biggest hits in the seventies.',
  ])('%s marks nothing', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
