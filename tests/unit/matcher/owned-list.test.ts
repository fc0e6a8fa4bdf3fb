// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

describe("a possessive before a list of parts frames the leg's parts in it (owned-list.ts)", () => {
  it.each<[string, string[]]>([
    ['Twitching in my eyelids and calves for about a week now.', ['Twitching', 'calves']],
    ['Twitching in my arms, legs and calves since I upped the coffee.', ['Twitching', 'calves']],
    ['Painful spasms in my back, hips and calves when I stand up.', ['spasms', 'calves']],
    ['Cramps in her abdomen and calves all night.', ['Cramps', 'calves']],
    // The body-list round: a list in a clause of its own beside a frame, a part named "of" the foot
    // as its last item, a comma before a clause, "both", and the head's and the seat's parts.
    ['Cramps in my abdomen, calves, and the soles of my feet every night.', ['Cramps', 'calves']],
    ['Twitching in my neck and calves, mostly when I lie down.', ['Twitching', 'calves']],
    ['There is weakness in both arms and legs since the virus.', ['weakness!']],
    ['Twitching in my head, shoulders and knees when I try to sleep.', ['Twitching', 'knees']],
    ['Numbness in my bum, thighs and feet when I sit for long.', ['Numbness!']],
    ['Weakness in my left arm and leg since this morning.', ['Weakness!']],
    // No possessive after a symptom's "in": the list opens there.
    ['Twitching in eyelids, calves and feet for weeks.', ['Twitching', 'calves']],
    ['Cramps in neck, back and calves after every night shift.', ['Cramps', 'calves']],
    // The article16 round: an article before an item, "of" after the symptom, and a swelling.
    ['Fluid builds up and causes swelling in an arm or leg.', ['swelling!']],
    ['Sudden weakness in an arm or a leg needs urgent care.', ['weakness!']],
    ['Numbness of the arms and legs can follow a nerve injury.', ['Numbness!', 'nerve injury']],
    ['Statins can cause soreness or weakness in the shoulders, thighs, hips, or calves.', ['weakness!', 'calves']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // Hands with feet are the body's extremities: the pack's "hands and feet" anchors them, in the
    // normal colour, and a list holding a hand is no leg's frame (red before).
    ['Numbness and tingling in my hands and feet since starting chemo.', ['Numbness', 'tingling']],
    // Parts of something, an item that is no part, no part of a body before the calves.
    ['My back, knees and elbows of the old armchair are worn, the springs are weak.', []],
    ['My eyes, lips and feet of clay: the critics called the portrait numb.', []],
    ['Your arms, legs and stamina will be tested, the coach warned, and the schedule is tight.', []],
    ['My sisters, aunts and calves were all there, the hugs warm and tender.', []],
    // A comma, "and" and an owner start a clause of their own; a comma before a thing that is no part.
    ['He felt a hot flush of shame rise to his face, and his knees went weak.', []],
    ['Your arms, legs, stamina and nerves will be tested, and the schedule is tight.', []],
    ['The robot moves both arms and legs with small motors that run warm.', []],
    ['Braise the lamb neck, shoulders and shanks until tender.', []],
    ['The crisis brought weakness in arms and legs of the coalition.', []],
    ['A twitch in shoulders, hips and knees is how the dancer warms up.', []],
    // A face in a list no one owns is a stroke's warning list; a hand's, the body's extremities.
    ['Sudden numbness of the face, an arm or a leg is a warning sign of a stroke.', []],
    ['Swelling in a hand or a leg can follow an insect bite.', []],
    ['The swelling of the arms trade and the legs of the tour worried the analysts.', []],
  ])('%s is no such list: %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
