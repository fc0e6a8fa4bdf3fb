import { describe, expect, it } from 'vitest';
import { isBarePartSaid, isStretchOfPart } from '../../../src/matcher/bare-part.ts';

/** The first part word of `sentence`, as the matcher would have found it. */
const partIn = (sentence: string) => {
  const found = /\b(?:calf|calves|knees?|ankles?|achill(?:es|ies))\b/i.exec(sentence)!;
  return { start: found.index, end: found.index + found[0].length, entryId: 'p/part', sense: 'relaxed' as const };
};

describe('a bare part of the leg said to do what a body’s part does', () => {
  it.each<[string, boolean]>([
    ['the calf completely froze up two miles from home', true],
    ['Halfway up the climb the calf seized and I walked.', true],
    ['Knee popped on the way down from the box jump.', true],
    ['Felt the calf pop at mile 18.', true],
    ['calves were toast after that hill', true],
    ['The knees hate stairs now.', true],
    ['The Achilles has been acting up since I switched to flats.', true],
    ['The knees are screaming after the descent.', true],
    ['Calves on fire after skipping.', true],
    ['calf went twang on the third hill repeat', true],
    ['Achilles seized the spear and turned.', false],
    ['Achilles flared up at the insult.', false],
    ['The calf seized every chance to escape the pen.', false],
    ['The calf popped out in one push.', false],
    ['The calf ached for its mother through the fence.', false],
    ['The calves were burning through the hay.', false],
    ['The calf was screaming in the trailer all the way to the sale.', false],
    ['The calves were shot for market at six months.', false],
    ['The knees are shot on these jeans, time for a new pair.', false],
    ['The knee is shot on the old dishwasher hose.', false],
    ['The calves cramped into the small pen did not thrive.', false],
    ['The calf market froze up after the export ban.', false],
    ["The tripod's knee locked up.", false],
    ['A calf seized up with cold.', false],
    ['When the calf locked up the gate behind it, the kids laughed.', false],
    ['Calves on fire were rescued from the blazing shed.', false],
    ['The knee has been playing up since Christmas.', true],
    ['Elevate the knee on a pillow and ice it.', true],
    ['Strap the calf to the trailer rail before you drive.', false],
    ['Brace the knee of the frame with a steel plate.', false],
    ['I iced the knee and kept it up all evening.', true],
    ['Taped the ankle before the match.', true],
    ['I rolled the ankle again on the trail.', true],
    ['The vet rolled the calf onto its side.', false],
    ['Tape the ankle of the tripod so it does not slip.', false],
    ['Stretching the calf hide over the frame takes two people.', false],
    ['Honestly the calf is about 90% healed.', true],
    ['Rest it and wait for the calf to heal before the race.', true],
    ['Let that ankle heal fully this time.', true],
    ['The surgeon expects the knee to be healed by spring.', true],
    ['The calf has atrophied quite a bit in the cast.', true],
    ['The calf is healing up nicely after the birth.', false],
    ['Wait for that calf to heal after the dehorning.', false],
    ['The calf healed the rift between the two families.', false],
    // Pain said of the part, a person's: hurting, aching, sore.
    ['His ankle was hurting.', true],
    ['Her knee hurts when she climbs stairs.', true],
    ['The knee is sore after the run.', true],
    ['The knee aches on the stairs.', true],
    ['The knee of the old pipe hurts nobody.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isBarePartSaid(sentence, partIn(sentence), [0, sentence.length])).toBe(expected);
  });
});

// Probes of the barepart15 round (issue 11), in our own words.
describe('a bare joint given care, or described by its state', () => {
  /** The first part word of `sentence` with its "'s", as the matcher finds "the ankle's". */
  const partOrJointIs = (sentence: string) => {
    const found = /\b(?:calf|calves|knee|ankle)(?:s|['’]s)?\b/i.exec(sentence)!;
    return { start: found.index, end: found.index + found[0].length, entryId: 'p/part', sense: 'relaxed' as const };
  };
  it.each<[string, boolean]>([
    ['Bandage the ankle firmly every morning.', true],
    ['Support the knee with a pillow under it.', true],
    ['Wrap ankle in cling film before bathing.', true],
    ['Rested the ankle most of Sunday.', true],
    ['Strapped both ankles before the hike.', true],
    ['Dad has an ankle that puffed up overnight.', true],
    ["The ankle's still a bit stiff in the mornings.", true],
    ['The knee is still sore after the stairs.', true],
    // A person's joint as "the" joint (review17): the grid's owners agree.
    ['His ankle is stiff after the long drive.', true],
    ['Her knees are really stiff in the mornings.', true],
    ['A knee is stiff when the cartilage wears.', false],
    ["Her knee's a bit stiff on these new jeans.", false],
    ['Wrap the calf in a towel if it is born on a frosty night.', false],
    ['Wrap the knee of the pipe in lagging.', false],
    ['Wrap the ankle tie twice and knot it.', false],
    ['Support the ankle of the bridge with steel struts.', false],
    ["The knee's still a bit stiff on these new jeans.", false],
    ["The knee's a bit stiff on this old desk lamp.", false],
    ['The calf is still stiff two days after the birth.', false],
    ['A calf that had swelled with bloat.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isBarePartSaid(sentence, partOrJointIs(sentence), [0, sentence.length])).toBe(expected);
  });
});

describe('a stretch given to a bare part', () => {
  it.each<[string, boolean]>([
    ['Stretching the calf before bed may help.', true],
    ["I've been stretching the calves every night.", true],
    ['Stretch the calf against a wall for 30 seconds.', true],
    ['Stretch the calf leather over the last while it is damp.', false],
    ['Stretching the budget this month.', false],
    ['Stretch the calves with a boot stretcher.', false],
  ])('%s → %s', (sentence, expected) => {
    const found = /stretch\w*/i.exec(sentence)!;
    const match = { start: found.index, end: found.index + found[0].length, entryId: 'p/s', sense: 'relaxed' as const };
    expect(isStretchOfPart(sentence, match, sentence.length)).toBe(expected);
  });
});
