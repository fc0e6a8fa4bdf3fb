// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The grid round (issue 11, docs/sense.md "A generated grid of plain sentences about a leg"): a part
// before its sign said in another tense (anchor-patterns.ts's BETWEEN_FRAMES and STATE_VERBS, the pack's
// progressive states), care before another's leg, and "their knees" — each both ways.
describe('a part before its sign in any tense frames them', () => {
  it.each<[string, string[]]>([
    ['His ankle started swelling after the flight.', ['ankle', 'swelling!']],
    ['Her ankle was starting to swell by the evening.', ['ankle', 'swell!']],
    ['His ankle is tingling where the cast rubs.', ['ankle', 'tingling!']],
    ['Her calves keep cramping at night.', ['calves', 'cramping']],
    ['His knee has swollen up again.', ['knee', 'swollen!']],
    ['Her foot has gone numb at her desk.', ['numb!']],
    ['His knee is getting swollen after physio.', ['knee', 'swollen!']],
    ['Her ankles seem swollen by the evening.', ['ankles', 'swollen!']],
    ['Prop their feet up to bring the swelling down.', ['swelling!']],
    ['Their knees were swollen after the walk.', ['knees', 'swollen!']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['The crowd was starting to swell outside the gates.', 'no part'],
    ['The foot of the hill started swelling with fans.', '"foot of"'],
    ['The stock\u2019s first leg has swelled the fund.', '"first leg"'],
    ['The chair leg had felt wobbly after the damp.', '"chair leg"'],
    ['The leg of lamb had swelled in the brine and felt tender.', 'a dish'],
    ['The calf in the barn was starting to swell with milk, the vet joked.', 'an animal'],
    ['The strike brought the airlines to their knees.', 'an idiom'],
    ['His heart swelled when she crossed the line.', 'a feeling'],
  ])('%s marks nothing (%s)', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
