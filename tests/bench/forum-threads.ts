import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../support/chromium.ts';
import { startFixtureServer } from '../support/fixture-server.ts';
import { benchArticlePath } from './article-path.ts';
import { forumThread } from './generate-pages.ts';

/** The benchmark's two forum threads, by page name and number of posts. */
const THREADS = { 'forum-600': 600, 'forum-4000': 4000 } as const;

/**
 * Writes the two forum threads to a temporary folder, serves them from 127.0.0.1 and opens a
 * Chromium with the extension in `extensionDir`: the set-up of the lab scripts that look into the
 * forum passes (first-paint-parts, profile-forum, warm-pass). Close `session`, then `server`.
 */
export async function openForumThreads(extensionDir: string, label: string) {
  const articlePath = benchArticlePath();
  const pagesDir = mkdtempSync(join(tmpdir(), `termlight-${label}-`));
  for (const [name, posts] of Object.entries(THREADS))
    writeFileSync(join(pagesDir, `${name}.html`), forumThread(posts, articlePath));
  const server = await startFixtureServer(`${pagesDir}/`);
  const session = await launchChromium(server.origin, { extensionDir });
  return { names: Object.keys(THREADS), server, session };
}
