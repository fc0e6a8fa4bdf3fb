// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The redfix14 round (docs/sense.md "Bruise colours, a hand's tingling, a pulse and a thing that
// warms up"): likening.ts.
describe('a likening’s leg anchors nothing', () => {
  it.each<[string, string[]]>([
    ["I keep getting pins and needles, like when your leg falls asleep, but it doesn't go away.", ['pins and needles']],
    ['My arm gets pins and needles, like when your leg falls asleep, every night.', []],
    ['A strange tingle, like when your foot falls asleep in the cinema.', []],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // A sign placed in the foot, or the writer's own leg said of now, keeps its anchor.
    ['My foot gets pins and needles, like when your leg falls asleep, every night.', ['pins and needles!']],
    ['The tingling is like my leg is asleep all the time, it started after the fall.', ['tingling!']],
  ])('%s still marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
