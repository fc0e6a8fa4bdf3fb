// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundledMatcher as matcher } from '../../support/engine-harness.ts';

const marksOf = (text: string, earlier?: string) =>
  matcher
    .match(text, undefined, earlier === undefined ? undefined : () => earlier)
    .map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);

// Written with the rule (issue 11, the skin18 round), in our own words.
describe('a swelling told by its course or denied, beside a body cue (swelling-said.ts)', () => {
  it.each<[string, string[]]>([
    ['It still hurt but the swelling started to go down.', ['swelling']],
    ['By morning the swelling had subsided and the fever was gone.', ['swelling']],
    ['There was no swelling, just a dull ache.', ['swelling']],
    ['Keep icing as long as there is swelling.', ['swelling']],
    ['The swelling concerns me more than the pain.', ['swelling']],
  ])('%s marks %j', (text, expected) => {
    expect(marksOf(text)).toEqual(expected);
  });

  it.each([
    // No cue: whose swelling it is, a heading or a paragraph before says (thread-leg.ts, heading-leg.ts).
    'The swelling went down over the weekend.',
    'The swelling of the river went down by Friday, and the pain of the flood with it.',
    'There was no swelling in support for the plan, and little pain at its loss.',
    'Floodwater covered the lane for days. The swelling took a week to go down, and the pain of it lingered.',
    'Our dog hurt his paw. The swelling went down with ice.',
    'The swelling crowd went down the hill to watch the walk.',
  ])('%s stays unmarked', (text) => {
    expect(marksOf(text)).toEqual([]);
  });

  it.each([
    ['My right calf is fine now.\nThis week my wrist swelled up.', 'The swelling went down with ice.'],
    ['Our old dog slipped on the stairs.', 'The swelling went down with ice.'],
  ])('takes no card where the block before ends on another region or an animal: %s / %s', (earlier, text) => {
    expect(marksOf(text, earlier)).toEqual([]);
  });

  it.each([
    // The writer's leg named after the dog: the thread rule's swelling stays (thread-leg.ts).
    ['Walked the dog on Sunday and twisted my ankle on the kerb.', 'The swelling went down with ice.'],
    ['My calves were sore after the race.', 'The swelling went down with ice.'],
  ])("keeps the swelling where the writer's leg comes after any animal: %s / %s", (earlier, text) => {
    expect(marksOf(text, earlier)).toEqual(['swelling']);
  });

  it("reads a stable blood pressure as a cue, not a horse's stable", () => {
    expect(marksOf('My BP is stable but the swelling concerns me.')).toEqual(['swelling']);
  });
});
