import calfMuscle from '../../glossary/calf-muscle.json';
import bundledTries from '../../glossary/compiled/bundled-tries.json';
import type { GlossaryPack } from '../../src/glossary/schema.ts';
import { compileMatcher } from '../../src/matcher/compile-matcher.ts';
import { restoreTries, type SerializedTries } from '../../src/matcher/compiled-tries.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../src/matcher/entries-from-packs.ts';
import type { Matcher } from '../../src/matcher/matcher.ts';
import { matcherFromTries } from '../../src/matcher/run-matcher.ts';

/** The bundled pack and its matcher, as the content script builds them. */
export const bundledPack = calfMuscle as unknown as GlossaryPack;
export const bundledMatcher = compileMatcher(entriesFromPacks([bundledPack]), anchorWordsFromPacks([bundledPack]));

/**
 * A matcher of the bundled pack for one page, as the content script makes one a page: the engine
 * raises the page's own health signal on it (page-health.ts), so two pages must not share one.
 * Restored from the build's precompiled tries (compiled-tries.test.ts holds them to the pack).
 */
export const pageMatcher = (): Matcher => matcherFromTries(restoreTries(bundledTries as unknown as SerializedTries));

/** Resolves after the tasks queued so far (the engine's slices yield with a task). */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The bundled matcher's marks of the block `text`, each red one with a "!". */
export const marksOf = (text: string) =>
  bundledMatcher.match(text).map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);

/** The bundled matcher's marks of `text` with their cards: "cramps→leg-cramp", a red one with a "!". */
export const cardsOf = (text: string) =>
  bundledMatcher
    .match(text)
    .map(
      (match) =>
        `${text.slice(match.start, match.end)}→${match.entryId.replace(/^[^/]+\//, '')}${match.isUrgent ? '!' : ''}`,
    );

/** The bundled matcher's marks after `lead` in the block `lead text`, each red one with a "!". */
export const marksAfter = (lead: string, text: string) => {
  const block = `${lead} ${text}`;
  return bundledMatcher
    .match(block)
    .filter((match) => match.start > lead.length)
    .map((match) => `${block.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);
};
