// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

describe("a possessive before a list of parts frames the leg's parts in it (owned-list.ts)", () => {
  it.each<[string, string[]]>([
    ['Twitching in my eyelids and calves for about a week now.', ['Twitching', 'calves']],
    ['Twitching in my arms, legs and calves since I upped the coffee.', ['Twitching', 'calves']],
    ['Painful spasms in my back, hips and calves when I stand up.', ['spasms', 'calves']],
    ['Cramps in her abdomen and calves all night.', ['Cramps', 'calves']],
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
  ])('%s is no such list: %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
