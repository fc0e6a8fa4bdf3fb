// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

describe('a joint or a tissue that is stiff or tight gets no muscle-stiffness card (joint-stiffness.ts)', () => {
  it.each<[string, string[]]>([
    // The part as the subject, through a verb, a list or a pointing word.
    ['My knee clicks and feels stiff in the morning.', ['knee']],
    ['Her knees are swollen and stiff after work.', ['knees', 'swollen!']],
    ["Arthritis in both knees, they're stiff for an hour.", ['knees']],
    // Helping verbs and "not" between (the fit round: "toes should not feel tight").
    ['My knees should not be this stiff at thirty.', ['knees']],
    ['My ankles do not feel stiff any more after the physio.', ['ankles']],
    ['The skin on my shins is tight and itchy.', []],
    ['The skin over the swollen calf was stretched tight.', ['swollen calf!']],
    // The adjective before its part, maybe after a word that describes it.
    ['Runners with a tight IT band feel it on the outside of the knee.', ['knee']],
    ['Stiff, swollen knees in the morning.', ['swollen!', 'knees']],
    // The noun after its part or before its place, maybe in a list.
    ['Osteoarthritis causes joint pain and stiffness.', []],
    ['Stiffness in the ankles first thing in the morning.', ['ankles']],
    // The adjective before its place (the stretch-and-stiffness round).
    ['People who are stiff through their ankles often overload the calf.', []],
    // The back of the heel, a cyst or a replaced joint (the precise16 round).
    ['I feel tightness in the back of the heel when I wake up.', []],
    ["A Baker's cyst can cause a feeling of tightness behind the knee.", ['knee']],
    ['Some stiffness in a new knee joint is normal after replacement.', ['knee joint']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // A muscle is what is tight: the part is a place, or a muscle is listed before it.
    ['My calves are so tight after the hill session.', ['calves', 'tight']],
    ['The muscles around my knee feel tight after the run.', ['knee', 'tight']],
    ['My calf and Achilles are tight every morning.', ['calf', 'Achilles', 'tight']],
    ['The tightness behind my knee is my hamstring.', ['tightness', 'knee']],
    ['Ankle pain and tightness in the calf after the race.', ['Ankle', 'tightness', 'calf']],
    ['My calf and hip stiffness after the marathon is worse.', ['calf', 'stiffness']],
    ['My calves should not be this stiff after a rest day.', ['calves', 'stiff']],
    // A muscle after the place or as the subject keeps the card.
    ["I'm stiff in my knees and calves after the hike.", ['stiff', 'knees', 'calves']],
    ['My calves are tight around the Achilles after speedwork.', ['calves', 'tight', 'Achilles']],
    ['My calves feel tight in the back of my heel area.', ['calves', 'tight']],
    ['I have tightness behind the knee when I run.', ['tightness', 'knee']],
    ['Scan showed a popliteal cyst, which explains the tightness when I squat.', ['tightness']],
  ])('%s still marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

// The tissue17 round: a capsule's tightness, and a joint "probably" stiff after a cast.
describe('a capsule’s or a joint’s stiffness after a cast is no muscle’s', () => {
  it.each<[string, string[]]>([
    ['A tight capsule at the back of the shoulder limits how far the arm turns.', []],
    ['Your ankle will probably be stiff when the cast comes off.', ['ankle']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([['My calf will probably be stiff when the cast comes off.', ['calf', 'stiff']]])(
    '%s keeps %j',
    (text, expected) => {
      expect(marks(text)).toEqual(expected);
    },
  );
});
