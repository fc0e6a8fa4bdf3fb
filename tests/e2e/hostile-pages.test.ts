import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserDriver, PageHandle } from '../support/drivers.ts';
import { inEachBrowser } from '../support/in-each-browser.ts';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.ts';
import { idleCount, isBodyAsServed, pointOfText, readMarks, readShadowMarks, readTooltip } from './page-probes.ts';

let server: FixtureServer;
/** Another port: another origin, for a cross-origin frame. */
let otherServer: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
  otherServer = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
  await otherServer?.close();
});

/** Console errors, without Firefox's own refused request for /favicon.ico (see violations.js). */
const errorsOf = (page: PageHandle) => page.errors.filter((error) => !error.includes('/favicon.ico'));

const violations = (page: PageHandle) =>
  page.evaluate(() => (window as unknown as { violations: string[] }).violations);

/** Hover a term and wait for its tooltip; returns the tooltip's computed look. */
async function openTooltip(page: PageHandle, text: string, term: string) {
  const point = await page.evaluate(pointOfText, [text, 0] as [string, number]);
  await page.mouseMove(point.x, point.y);
  await expect.poll(() => page.evaluate(readTooltip).then((tip) => tip?.term)).toBe(term);
  return page.evaluate(() => {
    const box = document.querySelector('termlight-ui')!.shadowRoot!.querySelector('.tippy-box')!;
    const style = getComputedStyle(box);
    return { border: style.borderTopStyle, radius: style.borderTopLeftRadius };
  });
}

function hostilePageTests(driver: () => BrowserDriver) {
  it('strict CSP: terms marked, the tooltip styled and working, no violation', async () => {
    const page = await driver().open(server.url('/strict-csp.html'));
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).toContainEqual(['termlight', 'soleus']);
    // The page's own stylesheet (style-src 'self') and ours (a constructed sheet) both apply.
    expect(await openTooltip(page, 'soleus', 'Soleus')).toEqual({ border: 'solid', radius: '8px' });
    await page.press('Escape');
    await expect.poll(() => page.evaluate(readTooltip)).toBeNull();
    expect(await violations(page)).toEqual([]);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('Trusted Types enforced: everything works, no violation, no console error', async () => {
    const page = await driver().open(server.url('/trusted-types.html'));
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).toContainEqual(['termlight', 'soleus']);
    await openTooltip(page, 'gastrocnemius', 'Gastrocnemius');
    await page.press('Escape');
    await openTooltip(page, 'DVT', 'Deep vein thrombosis');
    expect(await violations(page)).toEqual([]);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('a page that removes or hides the extension’s UI host: the next tooltip still shows', async () => {
    const page = await driver().open(server.url('/forum.html'));
    await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).not.toHaveLength(0);
    await openTooltip(page, 'soleus', 'Soleus');
    await page.press('Escape');
    await page.evaluate(() => {
      document.querySelector('termlight-ui')!.remove();
      const style = document.createElement('style');
      style.textContent = 'termlight-ui, html > * { display: none !important; opacity: 0 !important; }';
      document.head.append(style);
    });
    await page.mouseMove(2, 2);
    await page.evaluate(() => document.querySelector('style:last-of-type')!.remove());
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'termlight-ui { display: none !important; opacity: 0 !important; }';
      document.head.append(style);
    });
    await openTooltip(page, 'gastrocnemius', 'Gastrocnemius');
    const isVisible = await page.evaluate(() => {
      const host = document.querySelector('termlight-ui')!;
      const box = host.shadowRoot!.querySelector('.tippy-box')!.getBoundingClientRect();
      return getComputedStyle(host).display !== 'none' && box.width > 0 && box.height > 0;
    });
    expect(isVisible).toBe(true);
    await page.close();
  });

  it('hostile main-world globals: never called by Termlight, which keeps working', async () => {
    const page = await driver().open(server.url('/hostile-globals.html'));
    // The marks cannot be read while the page's traps are set; the tooltip shows they are there.
    await expect.poll(() => page.evaluate(() => document.title)).toBe('Hostile globals — ready');
    // The page's traps do not reach the performance timeline: the first pass is done when it says so.
    await expect.poll(() => page.evaluate(idleCount), { timeout: 10_000 }).toBeGreaterThan(0);
    await openTooltip(page, 'soleus', 'Soleus');
    expect(await page.evaluate(() => (window as unknown as { hostile: { calls: number } }).hostile.calls)).toBe(0);
    // The page's own overrides are still in place.
    expect(await page.evaluate(() => String(Array.prototype.map).includes('hostile'))).toBe(true);
    await page.evaluate(() => (window as unknown as { restoreGlobals(): void }).restoreGlobals());
    expect(await page.evaluate(readMarks)).toContainEqual(['termlight-urgent', 'deep vein thrombosis']);
    await page.close();
  });

  it('typing into an input, a textarea and a contenteditable works as without Termlight', async () => {
    const page = await driver().open(server.url('/text-entry.html'));
    await expect
      .poll(() => page.evaluate(readMarks), { timeout: 10_000 })
      .toEqual([
        ['termlight', 'soleus'],
        ['termlight', 'gastrocnemius'],
        ['termlight', 'calf'],
      ]);
    for (const id of ['subject', 'reply', 'editor']) {
      await page.evaluate((target: string) => {
        const element = document.getElementById(target)!;
        element.focus();
        // Caret at the end, as a reader clicking after the text would have it.
        if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)
          element.setSelectionRange(element.value.length, element.value.length);
        else getSelection()!.collapse(element.firstChild, (element.firstChild as Text).length);
      }, id);
      await page.type(' and the soleus, DVT');
      await page.press('Backspace');
    }
    const state = await page.evaluate(() => {
      const subject = document.getElementById('subject') as HTMLInputElement;
      const reply = document.getElementById('reply') as HTMLTextAreaElement;
      return {
        subject: [subject.value, subject.selectionStart, subject.selectionEnd],
        reply: [reply.value, reply.selectionStart],
        editor: document.getElementById('editor')!.textContent,
        caretInEditor: getSelection()!.focusOffset,
      };
    });
    expect(state).toEqual({
      subject: ['Calf strain and the soleus, DV', 30, 30],
      reply: ['My calf hurts near the Achilles tendon and the soleus, DV', 57],
      editor: 'Notes about the soleus and the soleus, DV',
      caretInEditor: 41,
    });
    // Nothing typed was marked, and the page's own text kept its marks.
    expect(await page.evaluate(readMarks)).toEqual([
      ['termlight', 'soleus'],
      ['termlight', 'gastrocnemius'],
      ['termlight', 'calf'],
    ]);
    await page.close();
  });

  it('open shadow roots: terms inside have tooltips', async () => {
    const page = await driver().open(server.url('/shadow.html'));
    await expect
      .poll(() => page.evaluate(readShadowMarks).then((marks) => marks.texts), { timeout: 10_000 })
      .toContain('plantaris');
    const point = await page.evaluate(() => {
      const inner = document.querySelector('health-card')!.shadowRoot!.querySelector('p')!;
      const text = inner.firstChild as Text;
      const range = document.createRange();
      const at = text.data.indexOf('plantaris');
      range.setStart(text, at);
      range.setEnd(text, at + 'plantaris'.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    });
    await page.mouseMove(point.x, point.y);
    await expect.poll(() => page.evaluate(readTooltip).then((tip) => tip?.term)).toBe('Plantaris');
    await page.close();
  });

  it.each([
    ['a same-origin', () => server],
    ['a cross-origin', () => otherServer],
  ])('%s frame: its terms are marked and have tooltips', async (_, childServer) => {
    const child = childServer().url('/frame-child.html');
    const page = await driver().open(server.url(`/cross-frames.html?child=${encodeURIComponent(child)}`));
    await expect
      .poll(() => page.evaluateInFrame(readMarks).catch(() => []), { timeout: 10_000 })
      .toEqual([['termlight', 'tennis leg']]);
    const inFrame = await page.evaluateInFrame(pointOfText, ['tennis leg', 0] as [string, number]);
    const frame = await page.evaluate(() => document.getElementById('child')!.getBoundingClientRect().toJSON());
    await page.mouseMove(frame.x + inFrame.x, frame.y + inFrame.y);
    await expect.poll(() => page.evaluateInFrame(readTooltip).then((tip) => tip?.term)).toBe('Tennis leg');
    await page.close();
  });

  it('leaves the body byte-identical on the static fixtures (forum, frames, text entry), after a tooltip too', async () => {
    for (const fixture of ['/forum.html', '/frames.html', '/text-entry.html']) {
      const page = await driver().open(server.url(fixture));
      await expect.poll(() => page.evaluate(readMarks), { timeout: 10_000 }).not.toHaveLength(0);
      await openTooltip(page, 'tibia', 'Tibia').catch(() => openTooltip(page, 'soleus', 'Soleus'));
      await page.press('Escape');
      expect(await page.evaluate(isBodyAsServed), fixture).toBe(true);
      await page.close();
    }
  });
}

inEachBrowser('hostile pages', () => server.origin, hostilePageTests);
