// `node tests/bench/heap-kept.ts DIR…`: the JavaScript heap the renderer keeps after a forced
// collection once Termlight has marked the 4,000-post thread, for each built extension DIR (a
// `.output/chrome-mv3` of any checkout), two loads each. The bench's heap figure, without the rest
// of the bench, to find which commit moved it (docs/performance.md, "Now (end of the tenth session)").
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../support/chromium.ts';
import { startFixtureServer } from '../support/fixture-server.ts';
import { benchArticlePath } from './article-path.ts';
import { forumThread } from './generate-pages.ts';
import { isTermlightIdle, termlightMetrics } from './page-metrics.ts';

const LOADS = 2;
const pagesDir = mkdtempSync(join(tmpdir(), 'termlight-heap-kept-'));
writeFileSync(join(pagesDir, 'forum-4000.html'), forumThread(4000, benchArticlePath()));
const server = await startFixtureServer(`${pagesDir}/`);

for (const extensionDir of process.argv.slice(2)) {
  const session = await launchChromium(server.origin, { extensionDir });
  const loads: string[] = [];
  for (let load = 0; load < LOADS; load++) {
    const page = await session.context.newPage();
    await page.goto(server.url('/forum-4000.html'));
    await page.waitForFunction(isTermlightIdle, undefined, { timeout: 120_000, polling: 100 });
    const { hits } = await page.evaluate(termlightMetrics, [0, 0] as [number, number]);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    loads.push(`${(usedSize / 2 ** 20).toFixed(2)} MB (${hits} marks)`);
    await page.close();
  }
  console.log(`${extensionDir}: ${loads.join(', ')}`);
  await session.close();
}
await server.close();
