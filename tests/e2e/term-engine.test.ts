import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../support/chromium.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { launchFirefox, type FirefoxSession } from '../support/firefox.ts';
import { appendPosts, isBodyAsServed, readMarks, readShadowMarks } from './page-probes.ts';

/** What the content script must mark on forum.html, in document order. */
const FORUM_MARKS: [string, string][] = [
  ['termlight', 'Calf pain'],
  ['termlight', 'calf'],
  ['termlight', 'gastrocnemius'],
  ['termlight', 'soleus'],
  ['termlight', 'tennis leg'],
  ['termlight', 'calf'],
  ['termlight', 'calf'],
  ['termlight-urgent', 'swollen'],
  ['termlight-urgent', 'deep vein thrombosis'],
  ['termlight-urgent', 'DVT'],
  ['termlight-urgent', 'Compartment syndrome'],
  ['termlight', 'warm-up'],
  ['termlight', 'stretching'],
];

/** The same checks, whichever browser drives the page. */
interface Driver {
  open(path: string): Promise<{
    evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
    /** Evaluates in the page's first child frame. */
    evaluateInFrame<T>(fn: () => T): Promise<T>;
  }>;
  setStorage(values: Record<string, unknown>): Promise<void>;
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

function engineTests(driver: () => Driver) {
  it('marks the forum page’s terms, across <b>/<i>, and nothing in skipped regions', async () => {
    const page = await driver().open('/forum.html');
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).toEqual(FORUM_MARKS);
  });

  it('leaves the page’s DOM byte-identical', async () => {
    const page = await driver().open('/forum.html');
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).toHaveLength(FORUM_MARKS.length);
    expect(await page.evaluate(isBodyAsServed)).toBe(true);
  });

  it('marks appended posts', async () => {
    const page = await driver().open('/forum.html');
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).toHaveLength(FORUM_MARKS.length);
    await page.evaluate(appendPosts, ['New here: fibula fracture last spring.', 'Numbness in my foot?']);
    await expect
      .poll(() => page.evaluate(readMarks), { timeout: 10_000 })
      .toEqual([...FORUM_MARKS, ['termlight', 'fibula'], ['termlight', 'fracture'], ['termlight-urgent', 'Numbness']]);
  });

  it('marks terms inside open shadow roots, nested ones too, and styles them there', async () => {
    const page = await driver().open('/shadow.html');
    await expect
      .poll(() => page.evaluate(readShadowMarks), { timeout: 10_000 })
      .toEqual({ texts: ['fibula', 'plantaris'], styledRoots: 2 });
    expect(await page.evaluate(readMarks)).toEqual([['termlight', 'soleus']]);
  });

  it('marks terms in frames', async () => {
    const page = await driver().open('/frames.html');
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).toEqual([['termlight', 'tibia']]);
    await expect
      .poll(() => page.evaluateInFrame(readMarks), { timeout: 10_000 })
      .toEqual([['termlight', 'tennis leg']]);
  });

  it('paints the terms in view first, and the rest as the reader scrolls', async () => {
    const page = await driver().open('/long-thread.html');
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).toContainEqual(['termlight', 'soleus']);
    const before = await page.evaluate(readMarks);
    expect(before.length).toBeLessThan(400);
    expect(before).not.toContainEqual(['termlight', 'tennis leg']);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).toContainEqual(['termlight', 'tennis leg']);
  });

  it('removes every mark when switched off, and restores them when switched on', async () => {
    const page = await driver().open('/forum.html');
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).toHaveLength(FORUM_MARKS.length);
    await driver().setStorage({ markingEnabled: false });
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).toEqual([]);
    await driver().setStorage({ markingEnabled: true });
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).toEqual(FORUM_MARKS);
  });
}

describe('term engine in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(server.origin);
  });
  afterAll(() => session?.close());

  engineTests(() => ({
    async open(path) {
      const page = await session.context.newPage();
      await page.goto(server.url(path));
      return {
        evaluate: (fn, arg) => page.evaluate(fn as never, arg),
        evaluateInFrame: (fn) => page.frames()[1]!.evaluate(fn),
      };
    },
    setStorage: (values) => session.setStorage(values),
  }));

  it('made no request beyond the fixture server and its own files', () => {
    expect(session.strayRequests).toEqual([]);
  });
});

describe('term engine in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(server.origin);
  });
  afterAll(() => session?.close());

  engineTests(() => ({
    async open(path) {
      const page = await session.newPage();
      await page.goto(server.url(path));
      return {
        evaluate: (fn, arg) => page.evaluate(fn as never, arg),
        evaluateInFrame: (fn) => page.frames()[1]!.evaluate(fn),
      };
    },
    setStorage: (values) => session.setStorage(values),
  }));

  it('made no request beyond the fixture server and its own files', () => {
    expect(session.strayRequests).toEqual([]);
  });
});
