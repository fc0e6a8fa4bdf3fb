// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The redfix14 round (docs/sense.md "Bruise colours, a hand's tingling, a pulse and a thing that
// warms up"): thing-warm.ts, and the negative contexts of the warm-up, warmth and posture cards.
describe('a joint or a shoe that warms up, a warm-up match and a yoga posture get no card', () => {
  it.each<[string, string[]]>([
    ['My knee warms up after a few minutes of walking and the ache goes.', ['knee']],
    ['Once the joint warms up with walking, the ache in my ankle eases off.', ['ankle']],
    ['Leather boots warm up and mould to your feet after a week of wear.', []],
    ['These shoes warm to your feet and the leather softens with every walk.', []],
    ['Pakistan lost the warm-up match to Ireland by six wickets.', []],
    ['The club has lined up three warm-up games before the league starts.', []],
    ['Standing postures build strength in the legs, while seated postures calm the mind.', []],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['My calf is warm and red, and it warmed up even more overnight.', ['calf', 'warm!', 'red!']],
    ['Before every run I warm up my calves for ten minutes.', ['warm up', 'calves']],
    ['I always do a ten minute warm-up before a run, leg swings and easy jogging.', ['warm-up']],
    ['Standing all day ruins my posture and my calves ache.', ['posture', 'calves']],
  ])('%s still marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
