// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

describe('a tissue that stretches gets no stretching card (tissue-stretch.ts)', () => {
  it.each<[string, string[]]>([
    // The tissue as the subject, with or without words between, or a place after it.
    ['In a sprain the ligament is stretched too far.', []],
    ['The vein walls slowly stretch and the valves leak.', []],
    ['In flat shoes the tendon stretches out and rubs.', ['tendon']],
    ['Stretching my calves helps, though the skin on my legs stretches and itches.', ['Stretching', 'calves']],
    // A state, the tissue as the object, an extent, a spread, a feeling, a force.
    ['The skin over the swollen calf was stretched tight.', ['swollen calf!']],
    ['A stretched ligament in the knee takes weeks to settle.', ['knee']],
    ['Rolling the ankle stretches the ligaments on the outside.', ['ankle']],
    ['The scan showed a clot stretching from the calf to the back of the knee.', ['clot!', 'calf', 'knee']],
    ['There was redness stretching up my calf from a cut on my ankle.', ['redness!', 'calf', 'ankle']],
    ['A pulling or stretching sensation deep in the calves at night.', ['calves']],
    ['Muscle fibres can tear under a sudden load or stretch.', ['Muscle fibres']],
    // An injury's or a reflex's stretch, and a tissue before a bare "stretch".
    ['A fall can cause a nerve stretch injury.', []],
    ['A mild ligament stretch in the ankle heals in two weeks.', ['ankle']],
    // A sudden stretch as a cause, a joint stretched too far, a load, a sprain's grade (held23's articles).
    ['An ankle sprain is basically when you stretch your ankle too far.', ['ankle', 'ankle']],
    ['When you sprain your ankle, you stretch one or more of the three main ligaments.', ['ankle']],
    ['Injury is usually caused by a quick force or rapid stretch of your calf.', ['calf']],
    ['A sprain is a tear of the ligaments of the ankle due to sudden stretching.', ['ankle']],
    ['Walking uphill increases the stretch on the tendon.', ['tendon']],
    ['2nd-degree ankle sprain: more severe stretching.', ['ankle']],
    // The exercise stays: gentle, overdone by a person, or past its grade.
    ['After a sprain, gentle stretching of the calf helps you recover.', ['stretching', 'calf']],
    ['This puts a gentle stretch on your calves.', ['stretch', 'calves']],
    ['I stretched my calf too far and pulled it.', ['stretched', 'calf']],
    // A tissue stretched as "they", a muscle's give, a sudden force's stretch (the precise16 round).
    ['Ligaments do not heal well once they are stretched.', []],
    ['This muscle does not stretch as much as the others in the calf.', ['calf']],
    ['The explosive stretching of his hamstrings in the kick tore the muscle.', []],
    ['A sudden stretching of the calf muscle can tear it.', ['calf muscle']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // The exercise: the person stretches the part, or a stretch is held.
    ['I stretch my calves every morning.', ['stretch', 'calves']],
    ['Physio said to stretch the calf gently, the tendon will settle.', ['stretch', 'calf', 'tendon']],
    ['Foam roll the IT band, then stretch your calves against a wall.', ['stretch', 'calves']],
    ['Calf stretches against the wall helped my Achilles.', ['Calf stretches', 'Achilles']],
    ['The sciatic nerve stretch my physio gave me loosens my calves.', ['stretch', 'calves']],
    ['Do Achilles tendon stretches and calf raises twice a day.', ['Achilles tendon', 'stretches', 'calf']],
    ['The muscles in my calves feel stretched after yoga.', ['calves', 'stretched']],
    ['I stretched too far at yoga and pulled my calf.', ['stretched', 'pulled my calf']],
    // Opening its sentence, an extent is the imperative's: the exercise.
    ['Stretch from your heel to your knee, slowly, my physio says.', ['Stretch', 'knee']],
    // A person's calves stretched, and advice with no part after a sudden stretch.
    [
      'My calves do not stretch as much as they used to, so I stretch them twice a day.',
      ['calves', 'stretch', 'stretch'],
    ],
    ['Avoid sudden stretching of my calves when they are cold.', ['stretching', 'calves']],
  ])('%s still marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

// The tissue17 round: a stretch that injures, over-stretching as a strain's cause, a muscle's own
// stretch, the IT band's stretch.
describe('a stretch that injures or is how a tissue works is no exercise', () => {
  it.each<[string, string[]]>([
    ['A violent stretch can tear the calf muscle where it joins the tendon.', ['calf muscle', 'tendon']],
    ['Strains are often caused by over-stretching the calf during a sprint.', ['calf']],
    ['A strain is caused by stretching the muscle too far or too fast.', ['strain']],
    ['A muscle stores energy in its stretch and releases it as it shortens.', []],
    ['The IT band can stretch too far when the foot rolls inward.', []],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['I stretch my calves against the wall every morning.', ['stretch', 'calves']],
    ['Ease the tightness by stretching your calves gently after each run.', ['tightness', 'stretching', 'calves']],
  ])('%s keeps %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
