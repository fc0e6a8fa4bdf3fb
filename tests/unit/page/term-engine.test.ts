import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OccurrencePolicy } from '../../../src/matcher/occurrence-policy.ts';
import { FULL_RESCAN_RECORDS } from '../../../src/page/root-watch.ts';
import {
  startTermEngine,
  type ScanDetail,
  type TermEngine,
  type TermEngineOptions,
} from '../../../src/page/term-engine.ts';
import { TOP_BLOCKS } from '../../../src/page/first-view.ts';
import { PAINT_MARGIN_BLOCKS } from '../../../src/page/viewport-painter.ts';
import { createFakeRange, createFakeRegistry } from '../../support/fake-highlights.ts';
import { finishedLook } from '../../support/finished-look.ts';
import { pageMatcher, nextTask, bundledPack as pack } from '../../support/engine-harness.ts';

const urgent = new Set(pack.entries.filter((entry) => entry.urgent).map((entry) => `${pack.id}/${entry.id}`));

let engine: TermEngine | undefined;
afterEach(() => {
  engine?.destroy();
  engine = undefined;
  document.body.innerHTML = '';
});

/** Starts the engine on `html` with test doubles; `options` override any engine option. */
function start(html: string, options: Partial<TermEngineOptions> = {}) {
  document.body.innerHTML = html;
  const fake = createFakeRegistry();
  engine = startTermEngine(document.body, {
    matcher: pageMatcher(),
    registry: fake.registry,
    styleOf: (term) => (urgent.has(term.entryId) ? 'urgent' : 'term'),
    createRange: createFakeRange,
    yieldToMain: nextTask,
    scheduleBatch: (run) => setTimeout(run, 0),
    ...options,
  });
  return fake;
}

/** `node` in a new `<section>` (not yet on the page). */
const wrapped = (node: Node) => {
  const section = document.createElement('section');
  section.append(node);
  return section;
};

/** Lets the observer deliver its records, then waits for the engine to finish the batch. */
async function settle() {
  await nextTask();
  await nextTask();
  await engine!.idle();
}

describe('startTermEngine', () => {
  it('marks the terms of a page, a term split across <b> and <i> included', async () => {
    const fake = start('<p>My <b>calf</b> after running? Rule out <b>deep vein</b> <i>thrombosis</i> (DVT) first.</p>');
    await engine!.idle();
    expect(fake.texts()).toEqual(['calf', 'deep vein thrombosis', 'DVT']);
  });

  it('styles urgent entries apart', async () => {
    const fake = start('<p>Compartment syndrome and the soleus.</p>');
    await engine!.idle();
    expect([...fake.painted.urgent].length).toBe(1);
    expect([...fake.painted.term].length).toBe(1);
  });

  it('leaves skipped regions unmarked', async () => {
    const fake = start(
      '<p>soleus</p><pre>soleus</pre><code>soleus</code><textarea>soleus</textarea><div contenteditable>soleus</div><p class="notranslate">soleus</p>',
    );
    await engine!.idle();
    expect(fake.texts()).toEqual(['soleus']);
  });

  it('does not change the page’s DOM', async () => {
    const html = '<article><p>The <b>gastrocnemius</b> and <i>soleus</i> meet at the Achilles tendon.</p></article>';
    start(html);
    await engine!.idle();
    expect(document.body.innerHTML).toBe(html);
  });

  it('records a measure of each slice with the blocks and matches it handled', async () => {
    const slices: ScanDetail[] = [];
    // A budget no slice reaches: on a loaded machine the default 8 ms can run out between the two
    // blocks and cut the pass into three slices (seen once under a load average of 8).
    start('<p>soleus</p><p>tibia and fibula</p>', {
      sliceMs: 60_000,
      onSlice: (_s, _e, detail) => slices.push(detail),
    });
    await engine!.idle();
    expect(slices).toEqual([
      { pass: 0, blocks: 0, matches: 0, painted: 0 }, // compiling the matcher, on its own
      { pass: 0, blocks: 2, matches: 3, painted: 3 },
    ]);
  });

  it("reports the first slice from when the caller's setup began, so the setup is measured too", async () => {
    const starts: number[] = [];
    const startedAt = performance.now() - 5;
    start('<p>soleus</p>', { startedAt, onSlice: (sliceStart) => starts.push(sliceStart) });
    await engine!.idle();
    expect(starts[0]).toBe(startedAt);
    expect(starts[1]).toBeGreaterThan(startedAt);
  });

  it('works in slices, yielding between them', async () => {
    const slices: ScanDetail[] = [];
    start('<p>soleus</p>'.repeat(50), { sliceMs: 0, onSlice: (_s, _e, detail) => slices.push(detail) });
    await engine!.idle();
    expect(slices.length).toBeGreaterThan(1);
    expect(slices.reduce((sum, slice) => sum + slice.matches, 0)).toBe(50);
  });

  it.each<[OccurrencePolicy, string[]]>([
    ['all', ['soleus', 'soleus', 'soleus']],
    ['first-per-block', ['soleus', 'soleus']],
    ['first-per-page', ['soleus']],
  ])('occurrence policy %s', async (policy, expected) => {
    const fake = start('<p>soleus and soleus</p><p>soleus</p>', { policy });
    await engine!.idle();
    expect(fake.texts()).toEqual(expected);
  });

  it('finds terms in open shadow roots', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>the plantaris</p>';
    const adopted: ShadowRoot[] = [];
    const fake = createFakeRegistry();
    engine = startTermEngine(document.body, {
      matcher: pageMatcher(),
      registry: fake.registry,
      styleOf: () => 'term',
      createRange: createFakeRange,
      onShadowRoot: (root) => adopted.push(root),
    });
    await engine.idle();
    expect(fake.texts()).toEqual(['plantaris']);
    expect(adopted).toEqual([shadow]);
  });

  describe('as the page changes', () => {
    it('marks appended posts', async () => {
      const fake = start('<main id="thread"><p>soleus</p></main>');
      await engine!.idle();
      const post = document.createElement('article');
      post.append(Object.assign(document.createElement('p'), { textContent: 'A tennis leg tear.' }));
      const asked = vi.spyOn(engine!.index, 'removeBlockOf');
      document.getElementById('thread')!.append(post);
      await settle();
      expect(fake.texts()).toEqual(['soleus', 'tennis leg']);
      // Nothing walked the post before its batch: no marks of it to drop (added-runs.ts).
      expect(asked).not.toHaveBeenCalled();
    });

    it.each<[string, (post: Element, late: Element) => void, string[]]>([
      [
        'a marked post moved into an element added with it',
        (post) => document.body.append(wrapped(post)),
        ['fibula', 'tibia'],
      ],
      [
        'a post added, then moved in a later frame',
        (_post, late) => document.body.append(wrapped(late)),
        ['fibula', 'tibia'],
      ],
      [
        'a post added, then its text changed',
        (_post, late) => ((late.firstChild as Text).data = 'the soleus'),
        ['soleus', 'tibia'],
      ],
    ])('marks each term once: %s', async (_what, change, marked) => {
      const fake = start('<main id="thread"><article id="post"><p>tibia</p></article></main>');
      await engine!.idle();
      const late = Object.assign(document.createElement('article'), { textContent: 'the fibula' });
      document.getElementById('thread')!.append(late);
      await settle();
      change(document.getElementById('post')!, late);
      await settle();
      expect(fake.texts().sort()).toEqual(marked);
      expect(engine!.index.size).toBe(2);
    });

    // A known limit (docs/performance.md, "Appending posts, the twelfth session"): the batch's walk
    // of a post added during the first walk is queued behind that walk, which reaches it too.
    it('marks a post added while the first walk goes on once', async () => {
      const fake = start(`${'<p>filler</p>'.repeat(30)}<main id="thread"><p>soleus</p></main>`, { sliceMs: 0 });
      const late = Object.assign(document.createElement('article'), { textContent: 'the tibia' });
      document.getElementById('thread')!.append(late);
      await settle();
      await engine!.idle();
      expect(fake.texts().sort()).toEqual(['soleus', 'tibia']);
    });

    it('re-marks changed text and drops what is gone', async () => {
      const fake = start('<p id="p">the soleus</p>');
      await engine!.idle();
      const text = document.getElementById('p')!.firstChild as Text;
      text.data = 'the tibia';
      await settle();
      expect(fake.texts()).toEqual(['tibia']);
      expect(engine!.index.termAt(text, 4)?.entryId).toBe('calf-muscle/tibia');
    });

    it('forgets removed nodes', async () => {
      const fake = start('<div><p id="p">the soleus</p></div><p>tibia</p>');
      await engine!.idle();
      document.getElementById('p')!.remove();
      await settle();
      expect(fake.texts()).toEqual(['tibia']);
      expect(engine!.index.size).toBe(1);
    });

    it('re-reads only the run of text that changed', async () => {
      const slices: ScanDetail[] = [];
      start(`<p>soleus</p>${'<p>filler</p>'.repeat(20)}<span id="clock">0</span>`, {
        onSlice: (_s, _e, d) => slices.push(d),
      });
      await engine!.idle();
      document.getElementById('clock')!.textContent = 'tibia';
      await settle();
      expect(slices.at(-1)).toEqual({ pass: 1, blocks: 1, matches: 1, painted: 1 });
    });

    it('joins a term when inline content is inserted', async () => {
      const fake = start('<p id="p">compartment <b id="b"></b></p>');
      await engine!.idle();
      document.getElementById('b')!.textContent = 'syndrome';
      await settle();
      expect(fake.texts()).toEqual(['compartment syndrome']);
    });

    it('unmarks text that becomes hidden and marks it again when shown', async () => {
      const fake = start('<p id="p">the soleus</p>');
      await engine!.idle();
      document.getElementById('p')!.hidden = true;
      await settle();
      expect(fake.texts()).toEqual([]);
      document.getElementById('p')!.hidden = false;
      await settle();
      expect(fake.texts()).toEqual(['soleus']);
    });

    it('ignores typing in an editable region', async () => {
      const slices: ScanDetail[] = [];
      start('<div contenteditable id="ed">x</div>', { onSlice: (_s, _e, d) => slices.push(d) });
      await engine!.idle();
      (document.getElementById('ed')!.firstChild as Text).data = 'soleus';
      await settle();
      expect(slices.filter((slice) => slice.pass > 0 && slice.blocks > 0)).toEqual([]);
    });

    it(`rescans everything past ${FULL_RESCAN_RECORDS} records in a frame`, async () => {
      const slices: ScanDetail[] = [];
      const fake = start('<main id="m"></main>', { onSlice: (_s, _e, d) => slices.push(d) });
      await engine!.idle();
      const main = document.getElementById('m')!;
      for (let i = 0; i <= FULL_RESCAN_RECORDS; i++)
        main.append(Object.assign(document.createElement('p'), { textContent: 'tibia' }));
      await settle();
      expect(fake.texts()).toHaveLength(FULL_RESCAN_RECORDS + 1);
    });
  });

  describe('painting around the viewport', () => {
    function startLazy(html: string, anchors: () => { first: Node; last: Node } | undefined, sliceMs?: number) {
      const slices: ScanDetail[] = [];
      const viewport = () => finishedLook(anchors());
      const fake = start(html, { viewport, sliceMs, onSlice: (_s, _e, detail) => slices.push(detail) });
      return { fake, slices };
    }
    const posts = (count: number) =>
      Array.from({ length: count }, (_, i) => `<p id="p${i}">post ${i}: soleus</p>`).join('');
    const textOf = (id: string) => document.getElementById(id)!.firstChild!;
    // The viewport is looked at once a frame has been drawn (viewport-painter.ts).
    const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

    it.each([
      ['in one slice', undefined],
      ['in many slices', 0],
    ])(
      'paints only the top of the page and the marked blocks around what the reader sees, but indexes them all (%s)',
      async (_how, sliceMs) => {
        const { fake, slices } = startLazy(
          posts(200),
          () => ({ first: textOf('p100'), last: textOf('p101') }),
          sliceMs,
        );
        await engine!.idle();
        await afterFrame();
        const painted = fake.texts().length;
        expect(painted).toBe(TOP_BLOCKS + 2 * PAINT_MARGIN_BLOCKS + 1);
        expect(engine!.index.size).toBe(200);
        expect(slices.reduce((sum, slice) => sum + slice.painted, 0)).toBe(painted);
      },
    );

    it('keeps blocks in document order when the start of a dense page is walked first', async () => {
      const thread = Array.from(
        { length: 700 },
        (_, i) => `<article><p id="p${i}">post ${i}: my calf ached after a long run on the hills</p></article>`,
      );
      const { fake } = startLazy(`<h1>soleus</h1><main>${thread.join('')}</main>`, () => ({
        first: textOf('p500'),
        last: textOf('p500'),
      }));
      await engine!.idle();
      await afterFrame();
      expect(engine!.index.size).toBe(701);
      // The lead's posts and the next, then 40 marked blocks either side of the one in view.
      expect(fake.texts()).toHaveLength(TOP_BLOCKS + 2 * PAINT_MARGIN_BLOCKS);
      expect(fake.texts()).not.toContain('soleus');
    });

    it('paints only the top of the page when it cannot place the viewport', async () => {
      const { fake } = startLazy(posts(TOP_BLOCKS + 5), () => undefined);
      await engine!.idle();
      await afterFrame();
      expect(fake.texts()).toHaveLength(TOP_BLOCKS);
    });

    it('paints the top of a fresh page before the first walk ends, and says so once', async () => {
      let firstPaint: { painted: number; indexed: number } | undefined;
      let calls = 0;
      const fake = start(posts(300), {
        viewport: () => finishedLook(undefined),
        sliceMs: 0,
        onFirstPaint() {
          calls++;
          firstPaint = { painted: fake.texts().length, indexed: engine?.index.size ?? 0 };
        },
      });
      await engine!.idle();
      expect(calls).toBe(1);
      expect(firstPaint!.painted).toBeGreaterThan(0);
      expect(firstPaint!.indexed).toBeLessThan(300);
    });

    it('waits for the viewport on a page opened at a named place', async () => {
      window.location.hash = '#p250';
      try {
        const { fake } = startLazy(posts(300), () => ({ first: textOf('p250'), last: textOf('p250') }));
        await engine!.idle();
        expect(fake.texts()).toEqual([]);
        await afterFrame();
        expect(fake.texts()).toHaveLength(2 * PAINT_MARGIN_BLOCKS);
      } finally {
        window.location.hash = '';
      }
    });

    it('paints more as the reader scrolls', async () => {
      let anchor = 'p0';
      const { fake } = startLazy(posts(300), () => ({ first: textOf(anchor), last: textOf(anchor) }));
      await engine!.idle();
      await afterFrame();
      expect(fake.painted.term.size).toBe(PAINT_MARGIN_BLOCKS);
      anchor = 'p299';
      window.dispatchEvent(new Event('scroll'));
      await afterFrame();
      expect(fake.painted.term.size).toBe(2 * PAINT_MARGIN_BLOCKS + 1);
    });

    it('unpaints removed blocks and paints changed ones in view', async () => {
      const { fake } = startLazy(posts(3), () => ({ first: textOf('p0'), last: textOf('p2') }));
      await engine!.idle();
      document.getElementById('p1')!.remove();
      (textOf('p2') as Text).data = 'post 2: tibia';
      await settle();
      expect(fake.texts()).toEqual(['soleus', 'tibia']);
    });
  });

  it('catches up with a page that changed while no frame ran (a background tab)', async () => {
    let runBatch: (() => void) | undefined;
    const fake = start('<main id="m"></main>', { scheduleBatch: (run) => (runBatch = run) });
    await engine!.idle();
    const main = document.getElementById('m')!;
    const count = FULL_RESCAN_RECORDS + 500;
    for (let i = 0; i < count; i++) {
      main.append(Object.assign(document.createElement('p'), { textContent: 'fibula' }));
      if (i % 100 === 0) await nextTask(); // the observer delivers records in many callbacks
    }
    await nextTask();
    runBatch!();
    await engine!.idle();
    expect(fake.texts()).toHaveLength(count);
  }, 20_000);

  it('removes every mark and stops observing on destroy', async () => {
    const fake = start('<p id="p">the soleus</p>');
    await engine!.idle();
    engine!.destroy();
    expect(fake.isDestroyed).toBe(true);
    expect(fake.texts()).toEqual([]);
    document.getElementById('p')!.textContent = 'tibia';
    await nextTask();
    await nextTask();
    expect(fake.texts()).toEqual([]);
  });
});
