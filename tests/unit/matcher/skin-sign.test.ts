// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The nineteenth session (docs/sense.md "A bite's or a jab's site, a clot's course, the skin's signs").
describe('red or warm said of the skin is its card, the skin its company (skin-sign.ts)', () => {
  it.each<[string, string[]]>([
    ['Red or darkened skin around the affected area.', ['Red']],
    ['Skin that feels warm or hot to the touch.', ['warm', 'hot to the touch']],
    ['Warm skin in the area of the clot.', ['Warm']],
    ['Skin will be warm to touch around the affected area.', ['warm to touch']],
    // A leg in the sentence: the leg's sign, red as "the leg is red" is.
    ['Red skin, particularly at the back of your leg below the knee.', ['Red!', 'knee']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<string>([
    'Roast the chicken until the skin is crisp and red.',
    'The skin of the peach was warm from the sun.',
    'Her skin went red with embarrassment.',
    'My skin is always red after a hot shower.',
    'The drum skin was warm after the gig.',
    'Red skin on her cheeks usually means rosacea.',
    'He has thick skin and a warm heart.',
    'The warm skin of the custard wrinkled as it cooled.',
  ])('%s marks nothing', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
