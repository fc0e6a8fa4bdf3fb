import { describe, expect, it } from 'vitest';
import { isGearOfPart } from '../../../src/matcher/gear-part.ts';

/** The first part word of `sentence`, as the matcher would have found it. */
const partIn = (sentence: string) => {
  const found = /\b(?:calf|calves|knees?|ankles?)\b/i.exec(sentence)!;
  return { start: found.index, end: found.index + found[0].length, entryId: 'p/part', sense: 'relaxed' as const };
};

// Probes written for the rule (issue 11, pointback round), in our own words.
describe('a part named for a person’s gear or its movement (gear-part.ts)', () => {
  it.each<[string, boolean]>([
    ['Wearing a knee sleeve for support on the descents.', true],
    ['Got an ankle support from the chemist.', true],
    ['Compression calf sleeves helped me through the last ten miles.', true],
    ['Physio gave me ankle mobility drills.', true],
    ['Knee flexion is back to 120 degrees after the op.', true],
    ['Ankle braces for netball are worth it.', true],
    // A roof's brace, clothes, a shop's stock, a machine, a product, a hyphened length.
    ['The knee brace carries the rafter.', false],
    ['Calf sleeves on the jacket are trimmed with suede.', false],
    ['Calf sleeves in the club colours are now in the online shop.', false],
    ['Ankle supports and knee sleeves, twenty per cent off.', false],
    ['The new robot has knee flexion close to a human’s.', false],
    ['The knee support on the old bridge had gone weak with rust.', false],
    ['Knee sleeves for the tripod legs stop them scratching the floor.', false],
    ['The club’s new ankle mobility app went down.', false],
    ['A knee sleeve dress in navy.', false],
    ['Support for the ankle-strap sandal comes from the footbed.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isGearOfPart(sentence, partIn(sentence), [0, sentence.length])).toBe(expected);
  });
});
