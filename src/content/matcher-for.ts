import bundledTries from '../../glossary/compiled/bundled-tries.json';
import { BUNDLED_PACKS } from '../glossary/bundled-packs.ts';
import type { GlossaryPack } from '../glossary/schema.ts';
import type { Matcher, PageSense } from '../matcher/matcher.ts';
import type { SerializedTries } from '../matcher/compiled-tries.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../matcher/entries-from-packs.ts';
import { lazyMatcher, lazyRestoredMatcher } from '../matcher/lazy-matcher.ts';

/**
 * The matcher for what the reader has switched on. With the defaults (the bundled packs, every
 * category, every entry) it is restored from the build's precompiled tries; otherwise compiled in
 * slices, leaving out hidden categories and the entries the reader chose not to mark.
 * `page` says what the page tells of itself (a medical page relaxes some weak forms; docs/sense.md).
 */
export function matcherFor(
  packs: readonly GlossaryPack[],
  hiddenCategories: ReadonlySet<string>,
  hiddenEntries: ReadonlySet<string> = new Set(),
  page: PageSense = {},
): Matcher {
  const isDefault =
    hiddenCategories.size === 0 &&
    hiddenEntries.size === 0 &&
    packs.length === BUNDLED_PACKS.length &&
    packs.every((pack, i) => pack === BUNDLED_PACKS[i]);
  return isDefault
    ? lazyRestoredMatcher(() => bundledTries as unknown as SerializedTries, page)
    : lazyMatcher(
        () => entriesFromPacks(packs, hiddenCategories, hiddenEntries),
        () => anchorWordsFromPacks(packs),
        page,
      );
}
