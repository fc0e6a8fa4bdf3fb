// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../src/glossary/bundled-packs.ts';
import { compileMatcher } from '../../../src/matcher/compile-matcher.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../../src/matcher/entries-from-packs.ts';

const matcher = compileMatcher(entriesFromPacks(BUNDLED_PACKS), anchorWordsFromPacks(BUNDLED_PACKS));

describe('a heading or lead-in that anchors its section (section-anchor.ts)', () => {
  it.each<[string, boolean]>([
    ['Symptoms of a blood clot in the leg', true],
    ['Signs of DVT', true],
    ['Swollen legs: what to look for', true],
    ['Why do my legs ache?', true],
    ['Lower leg pain', true],
    ['Common causes of ankle swelling:', true],
    ['Slow-roast leg of lamb', false],
    ['Leg 3: Lisbon to Porto', false],
    ['Table legs and chair feet', false],
    ['At the foot of the hill', false],
    ['Calf prices at the autumn sales', false],
    ['Warm evenings', false],
  ])('%s: %s', (text, expected) => {
    expect(matcher.isSectionAnchor(text)).toBe(expected);
  });
});

describe('a short block asks its section only for a fragment with no anchor of its own', () => {
  const anchored = () => true;
  it.each<[string, string[]]>([
    ['Swelling', ['Swelling']],
    ['Warmth and redness', ['Warmth', 'redness']],
    ['Tenderness when you stand', ['Tenderness']],
    ['Swollen by the end of the day.', ['Swollen']],
    // No fragments: the form describes the noun after it, or follows other words.
    ['A weak defence', []],
    ['Tender offers', []],
    ['Warm evenings', []],
    ['Cook until tender', []],
    ['Tender, juicy steak', []],
    // "Around" names the part: the eye's, whatever the heading.
    ['Swelling around the eye', []],
  ])('%s marks %j, never red', (text, expected) => {
    const found = matcher.match(text, anchored);
    expect(found.map((match) => text.slice(match.start, match.end))).toEqual(expected);
    expect(found.some((match) => match.isUrgent)).toBe(false);
  });

  it.each(['Swelling', 'Warmth and redness'])('%s marks nothing when its section does not anchor it', (text) => {
    expect(matcher.match(text, () => false)).toEqual([]);
    expect(matcher.match(text)).toEqual([]);
  });

  it('asks its section at most once a block, and not where the block anchors itself', () => {
    let asked = 0;
    const count = () => (asked++, true);
    matcher.match('Swelling. Redness. Warmth.', count);
    expect(asked).toBe(1);
    asked = 0;
    matcher.match('Swelling in one leg', count);
    expect(asked).toBe(0);
  });
});

describe('a section answer that reads its heading with the same anchor finder', () => {
  // The page asks `isSectionAnchor` of a heading while the block is judged: the block's sentences,
  // which read their anchors lazily, still read the block ("the eye" is another region).
  it.each([
    'Swelling and bruising around the eye after a punch should be checked for a fracture.',
    'Swelling around the eye',
  ])('%s is judged as when the answer reads nothing', (text) => {
    const reading = () => matcher.isSectionAnchor('Prices of leather goods and the weather this week in town.') || true;
    expect(matcher.match(text, reading)).toEqual(matcher.match(text, () => true));
  });
});
