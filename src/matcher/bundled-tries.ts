import type { GlossaryPack } from '../glossary/schema.ts';
import { compileTries } from './compile-matcher.ts';
import { serializeTries } from './compiled-tries.ts';
import { anchorWordsFromPacks, entriesFromPacks } from './entries-from-packs.ts';

/** `glossary/compiled/bundled-tries.json`: the bundled packs' tries, every category marked. */
export const bundledTriesText = (packs: readonly GlossaryPack[]) =>
  `${JSON.stringify(serializeTries(compileTries(entriesFromPacks(packs), anchorWordsFromPacks(packs))))}\n`;
