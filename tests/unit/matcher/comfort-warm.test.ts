// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The falsered15 round (docs/sense.md "Comfort, a thing's colour, a dish's or an animal's leg").
describe('warmth kept on purpose or said of what is worn is no sign (comfort-warm.ts)', () => {
  it.each<string>([
    'In the new sleeping bag my feet stayed warm all night, even in the snow.',
    'Wool socks keep your toes warm on the coldest mornings of the year.',
    'Under two duvets my feet stay toasty and warm till morning.',
    'Buy the liners a size up for a warm, roomy fit around your feet.',
    'Warm socks and a hot water bottle, and my feet were fine by midnight.',
    'My feet stayed warm in bed but my left calf is red and swollen.',
    // held23's forum post: the bottle is warm, the foot swells.
    'The foot swells, so I nurse it with my leg propped up and an oh-so warm and comforting water bottle.',
  ])('%s marks no warmth', (text) => {
    expect(marks(text).filter((mark) => mark.startsWith('warm'))).toEqual([]);
  });

  it.each<[string, string[]]>([
    // A sign beside it, or no bedding, clothes or heat in the sentence: the sense rules decide.
    ['Even under the duvet my feet stayed warm and swollen all night, is that normal?', ['warm!', 'swollen!']],
    ['My left calf is warm and red, and it has stayed warm in bed all night.', ['calf', 'warm!', 'red!']],
    ['My calf felt warm under the bandage and it is swollen again.', ['calf', 'warm!', 'swollen!']],
    ['My calf is warm and swollen, and the socks are too tight.', ['calf', 'warm!', 'swollen!']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
