import calfMuscle from '../../glossary/calf-muscle.json';
import type { GlossaryPack } from '../../src/glossary/schema.ts';
import { compileMatcher } from '../../src/matcher/compile-matcher.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../src/matcher/entries-from-packs.ts';

/** The bundled pack and its matcher, as the content script builds them. */
export const bundledPack = calfMuscle as unknown as GlossaryPack;
export const bundledMatcher = compileMatcher(entriesFromPacks([bundledPack]), anchorWordsFromPacks([bundledPack]));

/** Resolves after the tasks queued so far (the engine's slices yield with a task). */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The bundled matcher's marks after `lead` in the block `lead text`, each red one with a "!". */
export const marksAfter = (lead: string, text: string) => {
  const block = `${lead} ${text}`;
  return bundledMatcher
    .match(block)
    .filter((match) => match.start > lead.length)
    .map((match) => `${block.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);
};
