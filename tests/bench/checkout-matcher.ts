import { readFileSync } from 'node:fs';
import type { Matcher, PageSense } from '../../src/matcher/matcher.ts';

/**
 * The bundled glossary's matcher as the checkout at `root` compiles it (its own `src` and
 * `glossary`), so a bench tool can time or dump an older commit: `git archive <commit> src glossary
 * | tar -x -C DIR`. 0.2.2's `compileMatcher` takes the entries only and has no anchor words.
 */
export async function checkoutMatcher(root: string, sense?: PageSense): Promise<Matcher> {
  const { compileMatcher } = (await import(
    `${root}/src/matcher/compile-matcher.ts`
  )) as typeof import('../../src/matcher/compile-matcher.ts');
  const { anchorWordsFromPacks, entriesFromPacks } = (await import(
    `${root}/src/matcher/entries-from-packs.ts`
  )) as typeof import('../../src/matcher/entries-from-packs.ts');
  const pack = JSON.parse(readFileSync(`${root}/glossary/calf-muscle.json`, 'utf8'));
  return compileMatcher(entriesFromPacks([pack]), anchorWordsFromPacks?.([pack]), sense);
}
