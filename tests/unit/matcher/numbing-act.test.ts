// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

describe('numbing as an act of relief gets no numbness card (numbing-act.ts)', () => {
  it.each<[string, string[]]>([
    ['Lidocaine numbs the skin of the lower leg so the vein can be treated.', ['lower leg']],
    ['The doctor will numb the area on your calf first.', ['calf']],
    ['The nurse numbed the area around my ankle before stitching the cut.', ['ankle']],
    ['A cooling cream that numbs sore joints in the knee can help.', ['knee']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // The symptom: no object, a time after it, or told as a verb with no relief in the sentence.
    ['Sat on the loo too long and my foot went numb again.', ['numb!']],
    ['Sitting on the loo numbs my legs every time.', ['numbs!']],
    ['My left foot went numb the whole night.', ['numb!']],
    ['Sciatica pain numbs my leg for hours.', ['numbs!']],
  ])('%s still marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
