// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The injury17 round (issue 11, docs/sense.md "Injuries and events said of a leg"): the pack's frames
// of an injury or event said of another person's leg — an injury verb before "his", "her", "their",
// "fractured" before a part, an injury noun or a visit before the owner, a part that "is broken" —
// each both ways, the other way with the same words in other senses.
describe('an injury said of a leg frames its part and its event', () => {
  it.each<[string, string[]]>([
    ['My son broke his ankle at the park.', ['broke', 'ankle']],
    ['She fractured her tibia skiing.', ['fractured', 'tibia']],
    ['He pulled a muscle in his calf sprinting.', ['pulled a muscle', 'calf']],
    ['Dad overused his knees for years.', ['knees']],
    ['They injured their knees on the descent.', ['knees']],
    ['He dislocated his knee in the tackle.', ['knee']],
    ['The X-ray showed a fracture in his ankle.', ['fracture', 'ankle']],
    ['She has a small tear in her calf.', ['calf']],
    ['There is a nerve in her ankle trapped by the scar.', ['ankle']],
    ['He got tendonitis in his Achilles.', ['tendonitis in his Achilles']],
    ['He stretched his calves against the wall.', ['stretched', 'calves']],
    ['He warmed up his calves before the race.', ['calves']],
    ['Our son saw the GP about his knee.', ['knee']],
    ['Started physio for the fractured ankle.', ['fractured', 'ankle']],
    ['Her knee is broken in two places.', ['knee']],
    ['His knee has nerve damage after the op.', ['knee', 'nerve damage']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['She broke the world record in the final.', 'a record'],
    ['The fractured coalition lost the vote.', 'a coalition'],
    ['The police pulled the car over.', 'a car'],
    ['He pulled a muscle car out of a barn.', 'a muscle car'],
    ['There was a tear in the fabric of the sail.', 'a fabric'],
    ['The drought left the soil dehydrated.', 'the soil'],
    ['Families will have to stretch the budget.', 'a budget'],
    ['They stretched their legs at the services.', 'an outing'],
    ['Stretch the calf leather over the last while it is damp.', 'leather'],
    ['The calf ached for the open field after a winter indoors.', 'an animal'],
    ['The band warmed up their voices before the gig.', 'voices'],
    ['She is a doctor of philosophy.', 'a degree'],
  ])('%s marks nothing (%s)', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
