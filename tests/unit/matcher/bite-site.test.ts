// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The nineteenth session (docs/sense.md "A bite's or a jab's site, a clot's course").
describe("a sign said of a bite's, a sting's or a jab's site is its card's, in the normal colour (bite-site.ts)", () => {
  it.each<[string, string[]]>([
    ['The injection site is red and swollen, about the size of a 50p.', ['red', 'swollen']],
    ['Got my booster on Monday and the swelling at the injection site is still there.', ['swelling']],
    ["There's a red ring around the bite and it feels warm.", ['red', 'warm']],
    ['Is it normal for the swelling to spread after a horsefly bite?', ['swelling']],
    ['The bee sting was still red and a little swollen the next morning.', ['red', 'swollen']],
    ['Since the booster my arm has been numb and tingly.', []],
    ['Since the booster it has been numb and tingly.', ['numb', 'tingly']],
    // A leg word makes it red, by the older rules.
    ['Found a tick on my leg after a walk, and the area around the bite is swollen.', ['swollen!']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<string>([
    'We grabbed a quick bite at the market, where the stalls were hot and the queues swelled by noon.',
    "The winter's bite was sharp and my fingers went numb on the walk home.",
    "After the booster stage separated, the rocket's engines ran hot.",
    'Shares were red after the injection of cash failed to calm markets.',
    'She was stung by the criticism and her face went red.',
    'Find the bite point of the clutch; the engine will get hot if you ride it.',
    'After my second shot of espresso I feel warm and tingly all over.',
    'The wasps swarmed over the red apples near the bite-sized cakes.',
    'After the vaccine rollout, numbness set in among the sceptics.',
    'Her face was swollen and red after the bee sting.',
    "The dog's leg was red and swollen after the bee sting.",
  ])('%s marks nothing', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
