import { afterEach, describe, expect, it } from 'vitest';
import { createHugeDescent } from '../../../src/page/huge-descent.ts';
import { isLazyBlock } from '../../../src/page/lazy-block.ts';
import { startTermEngine, type TermEngine } from '../../../src/page/term-engine.ts';
import { stepSpan } from '../../../src/page/term-order.ts';
import type { TermSpan } from '../../../src/page/term-span.ts';
import type { ViewportLook } from '../../../src/page/viewport-anchors.ts';
import { createFakeRange, createFakeRegistry } from '../../support/fake-highlights.ts';
import { pageMatcher, nextTask } from '../../support/engine-harness.ts';
import { finishedLook } from '../../support/finished-look.ts';

// The engine on a root it reads element by element (huge-descent.ts, lazy-block.ts), against the
// same engine walking the root whole: a threshold of 0 elements makes every root huge.

let engine: TermEngine | undefined;
afterEach(() => {
  engine?.destroy();
  engine = undefined;
  document.body.innerHTML = '';
});

function start(isHuge: boolean, viewport?: () => ViewportLook) {
  const fake = createFakeRegistry();
  engine = startTermEngine(document.body, {
    matcher: pageMatcher(),
    registry: fake.registry,
    styleOf: () => 'term',
    createRange: createFakeRange,
    yieldToMain: nextTask,
    scheduleBatch: (run) => setTimeout(run, 0),
    hugeElements: isHuge ? 0 : undefined,
    viewport,
  });
  return fake;
}
async function settle() {
  await nextTask();
  await nextTask();
  await engine!.idle();
}

/** Every painted range as its nodes and offsets: the same nodes, not only the same text. */
function rangesOf(fake: ReturnType<typeof createFakeRegistry>) {
  return [...fake.painted.term]
    .map((range) => [range.startContainer, range.startOffset, range.endContainer, range.endOffset] as const)
    .sort(([a, x], [b, y]) => (a === b ? x - y : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** Marks the page eagerly, then read element by element; returns both engines' ranges. */
async function bothWays(html: string, prepare = () => {}) {
  document.body.innerHTML = html;
  prepare();
  const eager = start(false);
  await engine!.idle();
  const eagerRanges = rangesOf(eager);
  const eagerCounts = Object.fromEntries(engine!.index.counts);
  engine!.destroy();
  const lazy = start(true);
  await engine!.idle();
  return { eagerRanges, lazyRanges: rangesOf(lazy), eagerCounts, lazyCounts: Object.fromEntries(engine!.index.counts) };
}

const thread = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => `<article class="post"><p>My <b>calf</b> cramps at night; is it the <b>soleus</b>? (#${i})</p></article>`,
  ).join('');

describe('a huge root read element by element', () => {
  it.each<[string, string]>([
    ['posts of one paragraph each', `<h1>Calf pain</h1><main>${thread(30)}</main>`],
    [
      'a term split by inline elements',
      '<div><p>deep <b>vein</b> <i>thrombosis</i></p><ul><li>the tibia</li></ul></div>',
    ],
    ['a word joined across an element without text', '<div>the sol<div></div>eus<p>x</p></div>'],
    ['a line break between two words', '<div><p>the<br>soleus and <b>calf</b></p><p>tibia</p></div>'],
    ['runs of inline content beside blocks', '<div>my <b>calf</b> hurts<p>the fibula</p>and the <i>soleus</i></div>'],
    ['skipped regions', '<div><pre>soleus</pre><p class="notranslate">tibia</p><p>fibula <code>calf</code></p></div>'],
    ['blank blocks and comments', '<div> <p> </p><!-- soleus --><p>the plantaris</p>\n</div>'],
  ])('paints the same ranges, over the same nodes, as the walk of the whole root: %s', async (_name, html) => {
    const { eagerRanges, lazyRanges, eagerCounts, lazyCounts } = await bothWays(html);
    expect(eagerRanges.length).toBeGreaterThan(0);
    expect(lazyRanges).toEqual(eagerRanges);
    expect(lazyCounts).toEqual(eagerCounts);
  });

  it('finds the open shadow roots on the elements that can host one, as the walk of the whole root does', async () => {
    // happy-dom has no XPath: the custom elements come from a plain query (possible-hosts.ts).
    Object.defineProperty(document, 'evaluate', {
      configurable: true,
      value: (_expression: string, top: Element) => {
        const custom = [...top.querySelectorAll('*')].filter((each) => each.localName.includes('-'));
        return { snapshotLength: custom.length, snapshotItem: (index: number) => custom[index] ?? null };
      },
    });
    const hosts = '<x-card id="a"></x-card><div id="b"></div><p>the <b>calf</b> <span id="c"></span></p>';
    try {
      const { eagerRanges, lazyRanges } = await bothWays(`<main>${thread(3)}${hosts}</main>`, () => {
        for (const [id, text] of [
          ['a', 'the soleus'],
          ['b', 'a <b>calf</b> strain'],
          ['c', 'the tibia'],
        ]) {
          const shadow = document.getElementById(id!)!.attachShadow({ mode: 'open' });
          shadow.innerHTML = `<p>${text}</p>`;
        }
      });
      const inShadows = lazyRanges.filter(([node]) => node.getRootNode() !== document);
      expect(inShadows).toHaveLength(3);
      expect(lazyRanges).toEqual(eagerRanges);
    } finally {
      delete (document as { evaluate?: unknown }).evaluate;
    }
  });

  it('keeps the blocks it found whole unwalked until they are asked for', async () => {
    document.body.innerHTML = `<main>${thread(5)}</main>`;
    start(true);
    await engine!.idle();
    const blocks = [...engine!.index.blocks()];
    expect(blocks).toHaveLength(5);
    expect(blocks.every(isLazyBlock)).toBe(true);
    // Hit testing finds a term by a text node of a block whose nodes were never looked up.
    const bold = document.querySelectorAll('b')[3]!.firstChild as Text;
    expect(engine!.index.termAt(bold, 2)?.entryId).toBe('calf-muscle/soleus');
    expect(engine!.index.blockOf(bold)?.nodes).toContain(bold);
  });

  it('lists a parent of many posts in steps, not all at once', () => {
    document.body.innerHTML = `<main>${thread(400)}</main>`;
    const descent = createHugeDescent(document.body);
    let step = descent.next();
    while (step.kind !== 'unwalked') step = descent.next();
    // A post added after the first block came is still found: the 400 posts were not listed yet.
    const late = document.createElement('p');
    late.textContent = 'the plantaris';
    document.querySelector('main')!.append(late);
    const texts: string[] = [];
    for (; step.kind !== 'done'; step = descent.next()) if (step.kind === 'unwalked') texts.push(step.text);
    expect(texts).toHaveLength(401);
    expect(texts.at(-1)).toBe('the plantaris');
  });

  it('steps to the next and previous term as the walk of the whole root does', async () => {
    document.body.innerHTML = `<main>${thread(6)}</main>`;
    const stepAll = () => {
      const spans: [number, number, number][] = [];
      let span: TermSpan | undefined;
      for (let i = 0; i < 8; i++) {
        span = stepSpan(engine!.index, span, i < 5 ? 'next' : 'previous', document);
        const paragraph = span!.block.nodes[0]!.parentElement!;
        const paragraphs: Element[] = [...document.querySelectorAll('p')];
        spans.push([paragraphs.indexOf(paragraph), span!.start, span!.end]);
      }
      return spans;
    };
    start(false);
    await engine!.idle();
    const eager = stepAll();
    engine!.destroy();
    start(true);
    await engine!.idle();
    expect(stepAll()).toEqual(eager);
  });

  describe('as the page changes', () => {
    it('re-marks a paragraph whose text changed, and drops one whose text was removed', async () => {
      document.body.innerHTML = `<main><p id="a">the soleus</p><p id="b">the <b>tibia</b></p><p>the plantaris</p></main>`;
      const fake = start(true);
      await engine!.idle();
      (document.getElementById('a')!.firstChild as Text).data = 'the fibula';
      document.getElementById('b')!.replaceChildren();
      await settle();
      expect(fake.texts()).toEqual(['fibula', 'plantaris']);
      expect(Object.keys(Object.fromEntries(engine!.index.counts)).sort()).toEqual([
        'calf-muscle/fibula',
        'calf-muscle/plantaris',
      ]);
    });

    it('forgets removed posts', async () => {
      document.body.innerHTML = `<main>${thread(3)}</main>`;
      const fake = start(true);
      await engine!.idle();
      const before = fake.texts();
      document.querySelector('article')!.remove();
      await settle();
      expect(engine!.index.size).toBe(4);
      expect(fake.texts()).toEqual(before.slice(2));
    });

    it('paints nothing for a block whose first text node left before its nodes were looked up', async () => {
      // A viewport that cannot be placed: only the top of the page is painted (first-view.ts).
      document.body.innerHTML = `<main>${thread(30)}</main>`;
      start(true, () => finishedLook(undefined));
      await engine!.idle();
      const paragraph = document.querySelectorAll('p')[25]!;
      const calf = paragraph.querySelector('b')!.firstChild as Text;
      const block = [...engine!.index.blocks()].find((each) => isLazyBlock(each) && each.scopeFirst === paragraph);
      paragraph.firstChild!.remove();
      // Looked up now, before the mutation batch ran: no nodes, so nothing to paint or hit.
      expect(block!.nodes).toEqual([]);
      expect(engine!.index.termAt(calf, 1)).toBeUndefined();
      await settle();
      expect(engine!.index.size).toBe(60);
      expect(engine!.index.termAt(calf, 1)?.entryId).toBeDefined();
    });
  });
});
