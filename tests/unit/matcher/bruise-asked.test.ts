// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundledMatcher as matcher, marksOf as marks } from '../../support/engine-harness.ts';

/** The marks of the block `text` after the block `earlier`, as a forum reply's own line. */
const marksAfter = (text: string, earlier: string) =>
  matcher.match(text, undefined, () => earlier).map((match) => text.slice(match.start, match.end));

describe('a bruise asked after or denied after a body complaint anchors itself (bruise-asked.ts)', () => {
  it.each<[string, string[]]>([
    ['Came off my bike onto my elbow yesterday. Any bruising?', ['bruising']],
    ['She fainted and hit her head on the sink. Was there bruising?', ['bruising']],
    ['Knocked my shoulder on the door frame. No bruising at all, just pain.', ['bruising']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('a bruise asked after a complaint in the block before anchors itself (earlier-blocks.ts)', () => {
  it.each<[string, string]>([
    ['Came off my bike onto my elbow yesterday.', 'Any bruising?'],
    ['She fainted and hit her head on the sink.', 'Was there bruising?'],
  ])('%s / %s', (earlier, text) => {
    expect(marks(text)).toEqual([]);
    expect(marksAfter(text, earlier)).toEqual(['bruising']);
  });
});

describe('a bruise asked after with no body complaint, or of fruit, a pet or a thing, marks nothing', () => {
  it.each<string>([
    'Any bruising on the apples and they go to the cider press.',
    'No bruising at all on the pears this year.',
    'Was there any bruising after the vote?',
    'The dog fell down the stairs. Any bruising?',
  ])('%s marks nothing', (text) => {
    expect(marks(text)).toEqual([]);
  });

  it.each<[string, string]>([
    ['The dog fell down the stairs.', 'Any bruising?'],
    ['The shares fell again on Friday.', 'Any bruising?'],
  ])('%s / %s: nothing', (earlier, text) => {
    expect(marksAfter(text, earlier)).toEqual([]);
  });
});
