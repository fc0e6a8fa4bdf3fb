import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../src/glossary/bundled-packs.ts';
import { compileMatcher } from '../../../src/matcher/compile-matcher.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../../src/matcher/entries-from-packs.ts';
import { lazyMatcher } from '../../../src/matcher/lazy-matcher.ts';
import type { PageSense } from '../../../src/matcher/matcher.ts';

const matcherOf = (page: PageSense = {}) =>
  compileMatcher(entriesFromPacks(BUNDLED_PACKS), anchorWordsFromPacks(BUNDLED_PACKS), page);
const marks = (text: string, matcher = matcherOf()) =>
  matcher.match(text).map((match) => text.slice(match.start, match.end));

describe('a health signal raised after the matcher was made', () => {
  it.each([
    // A relaxed form with no anchor waits for the signal…
    ['Gentle stretching and a warm-up help.', true],
    ['Good hydration matters on long walks.', true],
    // …a block with no relaxed form left does not: none found, every one marked, or a weak form only.
    ['The weather was lovely all week.', false],
    ['Stretching my calves every morning helps.', false],
    // "stay hydrated" said as advice anchors itself (person-sign.ts).
    ['Stay hydrated on long walks.', false],
    ['The soleus sits under the gastrocnemius.', false],
    ['The warmth of a cup of tea feels good.', false],
    // A negative context is no form: "the home stretch".
    ['Stretch goals and the home stretch of the year.', false],
  ])('%s: waits %s', (text, isWaiting) => {
    const matcher = matcherOf();
    matcher.match(text);
    expect(matcher.isWaitingForHealthPage).toBe(isWaiting);
  });

  it('marks relaxed forms from then on, as a page declared medical does, and no block waits any more', () => {
    const text = 'Gentle stretching and a warm-up help. The warmth of a cup of tea feels good.';
    const raised = matcherOf();
    expect(marks(text, raised)).toEqual([]);
    raised.raiseHealthPage();
    expect(marks(text, raised)).toEqual(marks(text, matcherOf({ isHealthPage: true })));
    expect(marks(text, raised)).toEqual(['stretching', 'warm-up']);
    expect(raised.isWaitingForHealthPage).toBe(false);
  });

  it('says of the last match only', () => {
    const matcher = matcherOf();
    matcher.match('Gentle stretching helps.');
    expect(matcher.isWaitingForHealthPage).toBe(true);
    matcher.match('No terms here.');
    expect(matcher.isWaitingForHealthPage).toBe(false);
  });

  it('is passed on by a lazy matcher, which waits for nothing before its first match', () => {
    const matcher = lazyMatcher(
      () => entriesFromPacks(BUNDLED_PACKS),
      () => anchorWordsFromPacks(BUNDLED_PACKS),
    );
    expect(matcher.isWaitingForHealthPage).toBe(false);
    expect(marks('Gentle stretching helps.', matcher)).toEqual([]);
    expect(matcher.isWaitingForHealthPage).toBe(true);
    matcher.raiseHealthPage();
    expect(marks('Gentle stretching helps.', matcher)).toEqual(['stretching']);
  });
});
