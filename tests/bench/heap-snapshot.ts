// `node tests/bench/heap-snapshot.ts DIR OUT`: a V8 heap snapshot of the renderer (the page's world
// and the content script's isolated world share one heap) after a forced collection, once the built
// extension DIR (a `.output/chrome-mv3`) has marked the 4,000-post thread; written to OUT
// (`.heapsnapshot`, loadable in devtools' Memory panel). Diff two with `heap-diff.ts`
// (docs/performance.md, "What the content script's heap keeps").
import { createWriteStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../support/chromium.ts';
import { startFixtureServer } from '../support/fixture-server.ts';
import { benchArticlePath } from './article-path.ts';
import { forumThread } from './generate-pages.ts';
import { isTermlightIdle } from './page-metrics.ts';

const [extensionDir, out] = process.argv.slice(2);
if (!extensionDir || !out) throw new Error('usage: node tests/bench/heap-snapshot.ts DIR OUT');
const pagesDir = mkdtempSync(join(tmpdir(), 'termlight-heap-snapshot-'));
writeFileSync(join(pagesDir, 'forum-4000.html'), forumThread(4000, benchArticlePath()));
const server = await startFixtureServer(`${pagesDir}/`);
const session = await launchChromium(server.origin, { extensionDir });
const page = await session.context.newPage();
await page.goto(server.url('/forum-4000.html'));
await page.waitForFunction(isTermlightIdle, undefined, { timeout: 120_000, polling: 100 });
const cdp = await session.context.newCDPSession(page);
await cdp.send('HeapProfiler.enable');
await cdp.send('HeapProfiler.collectGarbage');
const { usedSize } = await cdp.send('Runtime.getHeapUsage');
const file = createWriteStream(out);
cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => file.write(chunk));
// The snapshot itself collects garbage first, as devtools' Memory panel does.
await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
await new Promise<void>((done) => file.end(done));
console.log(`${out}: heap used ${(usedSize / 2 ** 20).toFixed(2)} MB before the snapshot`);
await cdp.detach();
await session.close();
await server.close();
