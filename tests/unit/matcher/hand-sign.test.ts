// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The redfix14 round (docs/sense.md "Bruise colours, a hand's tingling, a pulse and a thing that
// warms up"): hand-sign.ts.
describe('a sign placed in a hand, an arm or the face gets no card', () => {
  it.each<[string, string[]]>([
    ['Tingling in my fingers and a dead feeling in my toes.', []],
    ['Pins and needles in my fingers every morning, my feet are fine.', []],
    ['I get tingling in both hands when I sleep on my arm, and my feet feel cold.', []],
    ['Tingling in my fingers, wrists and forearms since the new keyboard.', []],
    ['My arm gets pins and needles every night, though my legs are fine.', []],
    ['Numb fingers and sore calves after the cold race.', ['sore calves']],
    ['Swollen fingers after the long walk, my ankles are fine.', ['ankles']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // The leg listed with the hand, or a sign of the leg's own beside it.
    ['Tingling in my fingers and toes since the chemo started.', ['Tingling']],
    ['Tingling in my hands and numbness in my feet for a week now.', ['numbness!']],
    ['I have tingling in my fingers and my legs feel weak.', ['weak!']],
    ['Pins and needles in my left hand and my calf is swollen.', ['calf', 'swollen!']],
    ['My hands and feet go numb at night.', ['numb!']],
    ['Pins and needles in my foot since this morning and my leg feels weak.', ['Pins and needles!', 'weak!']],
    // Other parts between the upper part and the leg's (the body-list round).
    ['Tingling in my neck, back and feet for two days now.', ['Tingling!']],
    ['Tingling in my scalp, arms and feet since yesterday.', ['Tingling!']],
  ])('%s still marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
