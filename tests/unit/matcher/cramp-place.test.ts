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
    // The body-list round: more places' words, a noun or a verb between, the place as the subject, and
    // the leg named in a clause of its own after the list.
    ['Cramps around my hips and lower back before my period.', []],
    ['Cramping pains in my hips and lower back since Tuesday.', []],
    ['The cramps are mostly in my hips and lower back.', []],
    ['My hips and lower back keep cramping at night.', []],
    ['The cramps in my hips and lower back are grim, and my calves are tight too.', ['calves', 'tight']],
    // A leg named before as another item, not the cramp's subject.
    ['Sore calves and cramps in my lower back after the race.', ['Sore calves']],
    ['Aching legs, cramps in my hips and lower back, and no sleep.', []],
    // Early pregnancy in the cramp's sentence: the womb's cramps, though "pregnant" is a strong form.
    ['Six weeks pregnant and the cramps are scaring me.', ['pregnant']],
    ['Cramping in the first trimester is common, the midwife said.', []],
    ['Some cramping after a positive test is normal.', []],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // The back or the side of the leg, a list that goes on to the leg, a leg just before.
    ['Cramp in the back of my calf woke me.', ['Cramp', 'calf']],
    ['I get cramps in my hips and calves at night.', ['cramps', 'calves']],
    ['My calf keeps cramping on one side.', ['calf', 'cramping']],
    ['I get cramps in my back, thighs and calves after long shifts.', ['cramps', 'calves']],
    ['My calf and hip keep cramping at night.', ['calf', 'cramping']],
    ['The cramps hit my hips first and then my calves.', ['cramps', 'calves']],
    // Early pregnancy with the leg named, and late pregnancy's cramps (cramp-setting.ts).
    ['Six weeks pregnant and my calves cramp at night.', ['pregnant', 'calves', 'cramp']],
    ['34 weeks pregnant and the cramps are unreal.', ['pregnant', 'cramps']],
  ])('%s still marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
