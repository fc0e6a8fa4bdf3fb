// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

describe('a cramp in a hip, the back or the side gets no leg-cramp card (cramp-place.ts)', () => {
  it.each<[string, string[]]>([
    // The place right after the cramp, or as its first word.
    ['Cramps in the hips or back at night are less common than calf cramps.', ['calf cramps']],
    ['A cramp in the lower back, not the leg, kept me awake.', []],
    ['A side cramp while running has nothing to do with your calves.', ['calves']],
    ['Side cramps are common in new runners, unlike cramps in the calf.', ['cramps', 'calf']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // The back or the side of the leg, a list that goes on to the leg, a leg just before.
    ['Cramp in the back of my calf woke me.', ['Cramp', 'calf']],
    ['I get cramps in my hips and calves at night.', ['cramps', 'calves']],
    ['My calf keeps cramping on one side.', ['calf', 'cramping']],
  ])('%s still marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
