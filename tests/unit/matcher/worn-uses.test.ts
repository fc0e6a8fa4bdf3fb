// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

describe('"tight" and "stiff" said of what is worn or of the airways mark nothing (worn-uses.ts)', () => {
  it.each<[string, string[]]>([
    // The worn thing, a verb of being, feeling or fitting, then the form.
    ['These compression stockings are too tight around the top of my thigh.', []],
    ['Her shoe was so tight on her left foot that she limped home.', []],
    ['The socks are tight at the ankle.', []],
    ['The new boots are still stiff around the ankle.', []],
    ['The strap was pulled too tight across his knee, so the physio loosened it.', ['knee']],
    ['My knee brace is stiff.', ['knee']],
    // The form before the worn thing, or its tightness.
    ['Tight compression socks can leave a mark on the shin.', []],
    ['The tightness of the new stockings left a dent above my ankle.', ['ankle']],
    // The airways, with no part of the leg in the sentence.
    ['The muscles around the airways squeeze tight.', []],
    ['The muscles of the airways can stay tight for hours.', []],
    // Clothing, a shoe's sole and a comparative (the stretch-and-stiffness round).
    ['These shoes are less stiff, so your calves do more work.', ['calves']],
    ['The midsole is less stiff than the old one, which my calves noticed.', ['calves']],
    ['Avoid tight clothing, which can restrict blood flow in the calves.', ['calves']],
    // "hot" and "warm" said of shoes or clothes, after another state (the falsered15 round).
    ['My right foot is bigger than my left, so new trainers always feel hot and tight on that side.', []],
    ['These running shoes feel hot and tight across the toes on long runs.', []],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // The leg's own tightness beside what is worn: the worn thing is not what is tight.
    ['My calf feels tight in these compression socks.', ['calf', 'tight']],
    ['Took my boots off and my calves were so tight I could barely walk.', ['calves', 'tight']],
    ['My shoes feel fine but my calf is tight.', ['calf', 'tight']],
    ['I use an inhaler for my airways, and my calf muscles are tight.', ['calf muscles', 'tight']],
    ['Tight calf muscles after the run.', ['Tight calf']],
    ['My calves are less stiff since I started stretching.', ['calves', 'stiff', 'stretching']],
    ['My new boots fit fine but my calves feel hot and tight after every run.', ['calves', 'hot!', 'tight']],
    ['The cast feels hot and my calf is swollen under it.', ['hot!', 'calf', 'swollen!']],
  ])('%s still marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
