import { afterEach, describe, expect, it } from 'vitest';
import { createPageEntries } from '../../../src/page/page-entries.ts';
import type { TermEngine } from '../../../src/page/term-engine.ts';
import { pageMatcher } from '../../support/engine-harness.ts';
import { settle, startSliced } from '../../support/sliced-engine.ts';

let engine: TermEngine | undefined;
afterEach(() => {
  engine?.destroy();
  engine = undefined;
  document.body.innerHTML = '';
});

function start(html: string) {
  const started = startSliced(html, pageMatcher());
  engine = started.engine;
  return started.fake;
}

// "swelling" and "swells" with no anchor of their own; a block that shows edema (and the ankle).
const BARE = '<p id="bare">The next morning, the swelling had gone down.</p>';
const SHOWS = '<p>His ankle is swollen again.</p>';
const AFTER = '<p>It still swells up a bit when he walks.</p>';

describe('one sense per page (page-entries.ts)', () => {
  it('marks the weak forms of an entry the page shows, in blocks before and after the block that shows it', async () => {
    const fake = start(`${BARE}${SHOWS}${AFTER}`);
    await engine!.idle();
    expect(fake.texts()).toEqual(['swelling', 'ankle', 'swollen', 'swells']);
  });

  it('marks nothing of an entry the page never shows', async () => {
    const fake = start(`${BARE}${AFTER}<p>The soleus lies deep in the leg.</p>`);
    await engine!.idle();
    expect(fake.texts()).toEqual(['soleus']);
  });

  it('marks a block before once content added later shows its entry', async () => {
    const fake = start(BARE);
    await engine!.idle();
    expect(fake.texts()).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', SHOWS);
    await settle(engine!);
    expect(fake.texts()).toEqual(['swelling', 'ankle', 'swollen']);
    expect(engine!.index.size).toBe(3);
  });

  it('finds a weak form deep in a subtree the sieve reads whole', async () => {
    const deep = `<section><div><article>${BARE}</article></div></section>`;
    const fake = start(`${deep}<div><div>${SHOWS}</div></div>`);
    await engine!.idle();
    expect(fake.texts()).toEqual(['swelling', 'ankle', 'swollen']);
  });

  it("forgets the entries shown once the page is rebuilt whole, as a single-page app's new view is", async () => {
    const fake = start(SHOWS);
    await engine!.idle();
    expect(fake.texts()).toEqual(['ankle', 'swollen']);
    // Past FULL_RESCAN_RECORDS nodes swapped in one frame: the engine reads the page again whole.
    const view = Array.from({ length: 1_100 }, (_, i) => {
      const p = document.createElement('p');
      p.textContent = i === 0 ? 'The next morning, the swelling had gone down.' : 'Nothing here.';
      return p;
    });
    document.body.replaceChildren(...view);
    await settle(engine!);
    expect(fake.texts()).toEqual([]);
  });

  it('skips a waiting block that left the page', async () => {
    const fake = start(BARE);
    await engine!.idle();
    document.getElementById('bare')!.remove();
    document.body.insertAdjacentHTML('beforeend', SHOWS);
    await settle(engine!);
    expect(fake.texts()).toEqual(['ankle', 'swollen']);
  });
});

describe('createPageEntries', () => {
  it('keeps a block under the entries it left, and hands it back once, when the entry is shown', () => {
    const matcher = pageMatcher();
    const entries = createPageEntries(matcher);
    const p = document.createElement('p');
    p.textContent = 'The swelling had gone down.';
    document.body.append(p);
    matcher.match(p.textContent);
    expect(entries.noteMatched(p.firstChild as Text, document.body)).toBeUndefined();
    expect(entries.waitingCount).toBe(1);
    matcher.match('My ankle is swollen.');
    const again = entries.noteMatched(document.createTextNode('x'), document.body);
    expect(again?.map((block) => block.at)).toEqual([p.firstChild]);
    expect(entries.shown.has('calf-muscle/edema')).toBe(true);
    expect(entries.waitingCount).toBe(0);
  });
});
