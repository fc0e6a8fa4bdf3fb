// `node tests/bench/evaluation-parts.ts <dir> [loads]`: where the evaluation of the content
// script's bundle goes, before `main()` runs, in Chromium. `dir` is a copy of `.output/chrome-mv3`
// built with TERMLIGHT_NO_MINIFY=1 (rolldown heads each module's code with a `// path` comment at
// the top level). The script loads a copy of it with a User Timing mark before each module's code
// (`lab:module:<path>`; a mark costs microseconds), loads the docs page, the article and the
// 600-post thread `loads` times each (default 6, after one load left out, pages interleaved), and
// prints per module the median time from its mark to the next (its top-level code: constants,
// schemas, class definitions, JSON parsed), with the range, for the modules over 0.3 ms, and the
// whole evaluation (first mark to `termlight:start`). A JSON module has no heading: its parse is
// charged to the module before it (the precompiled tries to src/tooltip/page-tooltips.ts). Wall
// time: on a loaded machine it includes waits for a core.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../support/chromium.ts';
import { startFixtureServer } from '../support/fixture-server.ts';
import { benchArticlePath } from './article-path.ts';
import { docsPage, forumThread, longArticle } from './generate-pages.ts';

const [dir, loadsArgument] = process.argv.slice(2);
if (!dir) throw new Error('usage: node tests/bench/evaluation-parts.ts <dir> [loads]');
const LOADS = Number(loadsArgument ?? 6);
const PREFIX = 'lab:module:';

const lab = mkdtempSync(join(tmpdir(), 'termlight-evaluation-build-'));
cpSync(dir, lab, { recursive: true });
const script = join(lab, 'content-scripts', 'content.js');
const source = readFileSync(script, 'utf8');
// Only headings one tab in: the bundle's own top level (deeper ones are inside CommonJS wrappers).
const marked = source.replace(
  /^\t\/\/ (\S+)$/gm,
  (line, path: string) => `${line}\n\tperformance.mark(${JSON.stringify(PREFIX + path)});`,
);
if (marked === source) throw new Error(`${dir}: no module headings; build with TERMLIGHT_NO_MINIFY=1`);
writeFileSync(script, marked);

const pagesDir = mkdtempSync(join(tmpdir(), 'termlight-evaluation-'));
const PAGES = { docs: docsPage(160), article: longArticle(450), 'forum-600': forumThread(600, benchArticlePath()) };
for (const [name, html] of Object.entries(PAGES)) writeFileSync(join(pagesDir, `${name}.html`), html);
const server = await startFixtureServer(`${pagesDir}/`);
const session = await launchChromium(server.origin, { extensionDir: lab });

/** Evaluated in the page: each module's share of the evaluation, and the whole, ms. */
function partsOfLoad(prefix: string): Record<string, number> {
  const marks = performance.getEntriesByType('mark').filter((mark) => mark.name.startsWith(prefix));
  const [start] = performance.getEntriesByName('termlight:start');
  const parts: Record<string, number> = {};
  if (!start || marks.length === 0) return parts;
  for (const [i, mark] of marks.entries()) {
    const next = marks[i + 1]?.startTime ?? start.startTime;
    const name = mark.name.slice(prefix.length);
    parts[name] = (parts[name] ?? 0) + next - mark.startTime;
  }
  parts['(the whole evaluation)'] = start.startTime - marks[0]!.startTime;
  return parts;
}

const loads: Record<string, Record<string, number>[]> = {};
for (let load = 0; load <= LOADS; load++)
  for (const name of Object.keys(PAGES)) {
    const page = await session.context.newPage();
    await page.goto(server.url(`/${name}.html`));
    await page.waitForFunction(() => performance.getEntriesByName('termlight:idle').length > 0, undefined, {
      timeout: 120_000,
      polling: 100,
    });
    const parts = await page.evaluate(partsOfLoad, PREFIX);
    await page.close();
    if (load > 0) (loads[name] ??= []).push(parts);
  }

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
for (const [name, pageLoads] of Object.entries(loads)) {
  console.log(`${name} (${LOADS} loads): ms of the bundle's evaluation, median (range)`);
  const rows = Object.keys(pageLoads[0] ?? {}).map((part) => {
    const times = pageLoads.map((parts) => parts[part] ?? 0);
    return { part, median: median(times), min: Math.min(...times), max: Math.max(...times) };
  });
  rows.sort((x, y) => y.median - x.median);
  for (const row of rows.filter((row) => row.median >= 0.3))
    console.log(
      `  ${row.part.padEnd(70)} ${row.median.toFixed(1).padStart(6)}  (${row.min.toFixed(1)}–${row.max.toFixed(1)})`,
    );
}
await session.close();
await server.close();
