// `node tests/bench/match-forum-chromium.ts [old-checkout]`: match-forum.ts in a blank page of
// Debian's Chromium. Each checkout's matcher, compiled from its glossary pack (not timed), is bundled
// alone with rolldown and run over the block texts of the 600-post bench thread: the first pass on
// each of 8 fresh pages, the checkouts' pages interleaved, and the median of 15 later passes.
// `old-checkout` as in match-forum.ts. Prints times, not verdicts: this machine is shared.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BROWSER_BINARIES } from '../support/extension-paths.ts';
import { benchArticlePath } from './article-path.ts';
import { forumBlockTexts } from './forum-blocks.ts';
import { forumThread } from './generate-pages.ts';

const PAGES = 8;
const thisRoot = fileURLToPath(new URL('../..', import.meta.url));
const roots = [thisRoot, ...process.argv.slice(2)];
const dir = mkdtempSync(join(tmpdir(), 'termlight-match-chromium-'));

/** One script per checkout that defines `Probe.make()`, which compiles the checkout's matcher. */
const scripts = roots.map((root, i) => {
  const entry = join(dir, `entry-${i}.ts`);
  writeFileSync(
    entry,
    `import { compileMatcher } from '${root}/src/matcher/compile-matcher.ts';\n` +
      `import * as fromPacks from '${root}/src/matcher/entries-from-packs.ts';\n` +
      `import pack from '${root}/glossary/calf-muscle.json';\n` +
      // 0.2.2's compileMatcher takes the entries only, and has no anchor words.
      `export const make = () => compileMatcher(fromPacks.entriesFromPacks([pack]), (fromPacks as any).anchorWordsFromPacks?.([pack]));\n`,
  );
  const out = join(dir, `probe-${i}.js`);
  const args = [entry, '--file', out, '--format', 'iife', '--name', 'Probe'];
  // Piped: rolldown warns that 0.2.2 has no anchor words; an error still throws, with its output.
  execFileSync(join(thisRoot, 'node_modules/.bin/rolldown'), args, { stdio: 'pipe' });
  return readFileSync(out, 'utf8');
});

const blocks = forumBlockTexts(forumThread(600, benchArticlePath()));
const browser = await chromium.launch({ executablePath: BROWSER_BINARIES.chromium, headless: true });
const runs = roots.map(() => ({ cold: [] as number[], warm: [] as number[] }));
for (let load = 0; load < PAGES; load++)
  for (const i of load % 2 === 0 ? roots.keys() : [...roots.keys()].reverse()) {
    const page = await browser.newPage();
    await page.addScriptTag({ content: scripts[i]! });
    const { cold, warm } = await page.evaluate((texts) => {
      const matcher = (globalThis as unknown as { Probe: { make(): { match(text: string): unknown[] } } }).Probe.make();
      const pass = () => {
        const start = performance.now();
        for (const text of texts) matcher.match(text);
        return performance.now() - start;
      };
      const first = pass();
      const later = Array.from({ length: 15 }, pass).sort((a, b) => a - b);
      return { cold: first, warm: later[7]! };
    }, blocks);
    runs[i]!.cold.push(cold);
    runs[i]!.warm.push(warm);
    await page.close();
  }
await browser.close();
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!.toFixed(1);
const range = (values: number[]) =>
  `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)} ms (median ${median(values)})`;
for (const [i, root] of roots.entries())
  console.log(`${i === 0 ? 'this checkout' : root}: first pass ${range(runs[i]!.cold)}; warm ${range(runs[i]!.warm)}`);
