import { AnchorFinder } from './anchor-finder.ts';
import type { SenseContext } from './apply-sense.ts';
import type { CompiledTries } from './compile-matcher.ts';
import type { PageSense } from './matcher.ts';

/** No entry shown yet: a block matched without the page's (page-shown.ts). */
export const NONE_SHOWN: ReadonlySet<string> = new Set();

/** What the sense rules read, made once per matcher from its compiled tries. */
export function senseContextOf(
  { urgent, symptoms, bodily, conditions, legOnly, animalWords, anchors }: CompiledTries,
  page: PageSense = {},
): SenseContext {
  return {
    isHealthPage: page.isHealthPage ?? false,
    shown: NONE_SHOWN,
    sure: new Set(),
    left: new Set(),
    urgent: new Set(urgent),
    symptoms: new Set(symptoms),
    bodily: new Set(bodily),
    conditions: new Set(conditions),
    legOnly: new Set(legOnly),
    animalHint: animalHintOf(animalWords),
    anchors: new AnchorFinder(anchors),
  };
}

/**
 * A quick test of a whole block for the start of an animal word ("cat" also passes "category"): a
 * block without one reads no sentence for the animal rule, and no block of the 600-post bench
 * thread holds one. Reading the sentences of its bodily forms made a warm pass of the matcher over
 * the thread 1.7–1.9 times as long; with this test it takes 4.5–5.5 ms of CPU more than before the
 * rule (18 → 24, 13 → 18, 18 → 22 ms: `node tests/bench/match-forum.ts DIR` against a `git archive`
 * of 040a52e, three interleaved runs, 2026-12-02). The anchor finder then says exactly.
 */
function animalHintOf(words: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(String.raw`\b(?:${escaped.join('|')})`, 'i');
}
