// `node tests/bench/shadow-host-queries.ts`: ways to find open shadow roots without asking every
// element, timed on the benchmark pages in headless Chromium (page world): one XPath query for
// custom elements and empty standard hosts, the same with name tests, custom elements alone, and
// CSS `:empty` / `:not(:has(*))` for the standard hosts. Prints [ms, elements found] per way.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { forumThread, longArticle, docsPage } from './generate-pages.ts';
import { benchArticlePath } from './article-path.ts';
import { STANDARD_HOSTS } from '../../src/page/possible-hosts.ts';
const dir = mkdtempSync(join(tmpdir(), 'probe-'));
const articlePath = benchArticlePath();
writeFileSync(join(dir, 'f4000.html'), forumThread(4000, articlePath));
writeFileSync(join(dir, 'article.html'), longArticle(450));
writeFileSync(join(dir, 'docs.html'), docsPage(160));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
// The standard hosts of possible-hosts.ts, less `body` (one element, asked apart).
const STD = STANDARD_HOSTS.filter((name) => name !== 'body');
for (const f of ['article.html', 'docs.html', 'f4000.html']) {
  const page = await browser.newPage();
  await page.goto('file://' + join(dir, f));
  for (let k = 0; k < 3; k++) {
    const r = await page.evaluate((STD: string[]) => {
      const time = (fn: () => number) => {
        const a = performance.now();
        const n = fn();
        return [Math.round((performance.now() - a) * 10) / 10, n];
      };
      const x = (q: string) => () => document.evaluate(q, document.body, null, 7, null).snapshotLength;
      return {
        current: time(
          x(
            './/*[contains(local-name(), "-")] | .//*[not(*) and not(normalize-space()) and (' +
              STD.map((n) => `local-name()="${n}"`).join(' or ') +
              ')]',
          ),
        ),
        nameTests: time(
          x(
            './/*[contains(local-name(), "-")] | ' +
              STD.map((n) => `.//${n}[not(*) and not(normalize-space())]`).join(' | '),
          ),
        ),
        hyphen: time(x('.//*[contains(local-name(), "-")]')),
        cssEmpty: time(() => document.body.querySelectorAll(STD.map((n) => `${n}:empty`).join(',')).length),
        cssNoElements: time(() => document.body.querySelectorAll(STD.map((n) => `${n}:not(:has(*))`).join(',')).length),
      };
    }, STD);
    console.log(f, JSON.stringify(r));
  }
  await page.close();
}
await browser.close();
