// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

describe('a reach or a movement that stretches gets no stretching card (motion-stretch.ts)', () => {
  it.each<[string, string[]]>([
    // A reach: for a ball or a shelf, joined with "reaching", at its limit.
    ['He stretched for the ball and felt his calf go.', ['calf']],
    ['Hamstring and calf strains often happen when a player stretches for a ball.', ['calf strains']],
    ['Reaching or stretching for things overhead can strain the calf in late pregnancy.', ['calf', 'pregnancy']],
    ["At full stretch the sprinter's calves are working hard.", []],
    // A muscle's stretched state, its return to length, its firing off stretch.
    ['The calf muscle works hardest in a stretched position, at the bottom of a heel drop.', ['calf muscle']],
    ['When the calf contracts and then stretches back out, the tendon stores energy.', ['calf', 'tendon']],
    ['The soleus has to fire straight off stretch at the bottom of each stride.', ['soleus']],
    // A nerve stretched in surgery.
    ['During knee surgery the nerve behind the calf can be stretched, and it usually recovers.', ['knee', 'calf']],
    ['The calf nerve was stretched during the operation on my knee.', ['calf', 'knee']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // The exercise: a time or a part after "for", directions before the full stretch.
    ['I stretch my calves every morning before work.', ['stretch', 'calves']],
    ['Keep your calf at full stretch for a count of ten.', ['calf', 'stretch']],
    ['Lean on the wall and stretch your calves until you feel a pull.', ['stretch', 'calves']],
    ['Stretch to reach your toes and feel it in your calves and hamstrings.', ['Stretch', 'calves']],
    ['I stretch my calves during the break at work.', ['stretch', 'calves']],
  ])('%s still marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
