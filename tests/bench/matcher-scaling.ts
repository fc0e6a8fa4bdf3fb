// Does the matcher's cost grow with the number of surface forms? 100 forms against 1,000 on the same
// ~3 MB of text, in this Node process (V8, as in Chromium). Real forms come first; the rest are
// two-word phrases built from the article's own words, so they do start candidate lookups.
import { readFileSync } from 'node:fs';
import { compileMatcher } from '../../src/matcher/compile-matcher.ts';
import type { MatcherEntry } from '../../src/matcher/matcher.ts';

function formsFrom(article: string, count: number): MatcherEntry[] {
  const words = [...new Set(article.toLowerCase().match(/[a-z]{4,}/g) ?? [])];
  return Array.from({ length: count }, (_, i) => ({
    id: `form-${i}`,
    forms: [`${words[i % words.length]} ${words[(i * 7 + 3) % words.length]}${i >= words.length ? 'x' : ''}`],
  }));
}

function timeMatch(entries: MatcherEntry[], text: string): number {
  const matcher = compileMatcher(entries);
  const times: number[] = [];
  for (let run = 0; run < 7; run++) {
    const start = performance.now();
    matcher.match(text);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[3]!;
}

export function runMatcherScaling(articlePath: string): { ms100: number; ms1000: number; ratio: number; text: string } {
  const article = readFileSync(articlePath, 'utf8');
  const paragraphs = article.split(/\n+/);
  let text = '';
  while (text.length < 3_000_000) text += `${paragraphs.join('\n')}\n`;
  const ms100 = timeMatch(formsFrom(article, 100), text);
  const ms1000 = timeMatch(formsFrom(article, 1000), text);
  const ratio = ms1000 / ms100;
  return {
    ms100,
    ms1000,
    ratio,
    text: `100 forms ${ms100.toFixed(1)} ms, 1,000 forms ${ms1000.toFixed(1)} ms, ratio ${ratio.toFixed(2)}×`,
  };
}
