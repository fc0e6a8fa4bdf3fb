import { readFileSync } from 'node:fs';
import type { GlossaryPack } from '../../src/glossary/schema.ts';
import { compileMatcher } from '../../src/matcher/compile-matcher.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../src/matcher/entries-from-packs.ts';
import type { Match, Matcher } from '../../src/matcher/matcher.ts';

/** The bundled pack's matcher, as the extension compiles it: the set-up every generated grid shares. */
export function bundledMatcher(): Matcher {
  const pack = JSON.parse(
    readFileSync(new URL('../../glossary/calf-muscle.json', import.meta.url), 'utf8'),
  ) as GlossaryPack;
  return compileMatcher(entriesFromPacks([pack]), anchorWordsFromPacks([pack]));
}

/** A mark's card: its entry id without the pack's prefix ("calf-muscle/edema" → "edema"). */
export const cardOf = (entryId: string): string => entryId.replace(/^[^/]+\//, '');

/** A line's marks as the corpus writes them ("[swollen](edema!) [calf](calf-muscle)"), for a grid's listing. */
export const shownMarks = (text: string, marks: readonly Match[]): string =>
  marks.map((m) => `[${text.slice(m.start, m.end)}](${cardOf(m.entryId)}${m.isUrgent ? '!' : ''})`).join(' ');

/** A grid's failures counted by family, with the lines of each, in the order they were found. */
export function failureTally() {
  const failures = new Map<string, number>();
  const samples = new Map<string, string[]>();
  const fail = (family: string, text: string) => {
    failures.set(family, (failures.get(family) ?? 0) + 1);
    samples.set(family, [...(samples.get(family) ?? []), text]);
  };
  return { failures, samples, fail };
}
