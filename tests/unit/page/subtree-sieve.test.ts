import { beforeEach, describe, expect, it } from 'vitest';
import calfMuscle from '../../../glossary/calf-muscle.json';
import type { GlossaryPack } from '../../../src/glossary/schema.ts';
import { compileMatcher } from '../../../src/matcher/compile-matcher.ts';
import { entriesFromPacks } from '../../../src/matcher/entries-from-packs.ts';
import { createBlockWalker } from '../../../src/page/block-walker.ts';
import { createRootScan, type RootScan } from '../../../src/page/root-scan.ts';
import { createSubtreeSieve } from '../../../src/page/subtree-sieve.ts';
import { textTestsOf } from '../../../src/page/text-tests.ts';

const matcher = compileMatcher(entriesFromPacks([calfMuscle as unknown as GlossaryPack]));
const tests = textTestsOf(matcher);

/** The terms of every block a walker hands out, and how many blocks it read. */
function termsOf(walker: Pick<RootScan, 'next'>): { terms: string[]; blocks: number } {
  const terms: string[] = [];
  let blocks = 0;
  for (let step = walker.next(); step.kind !== 'done'; step = walker.next()) {
    if (step.kind !== 'block' && step.kind !== 'unwalked') continue;
    blocks++;
    for (const match of matcher.match(step.text)) terms.push(step.text.slice(match.start, match.end));
  }
  return { terms, blocks };
}

const sieved = (root: Node & ParentNode = document.body) => termsOf(createRootScan(root, tests, () => {}));
const walked = (root: Node = document.body) => termsOf(createBlockWalker({ root }));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the sieve never rules out text that holds a term', () => {
  it.each<[string, string]>([
    ['block boundary, no space: textContent reads "foocalf"', '<div><p>foo</p><p>calf pain</p><p>bar</p></div>'],
    ['block boundary at the end of a term: "soleusbar"', '<div><p>the soleus</p><p>bar</p></div>'],
    ['a term split by inline elements', '<div><p>deep <b>vein</b> <i>thrombosis</i></p><ul><li>x</li></ul></div>'],
    ['a word split by inline elements', '<div><p>the <b>sol</b>eus</p><hr></div>'],
    ['a word joined across an element without text', '<div>the sol<div></div>eus<p>x</p></div>'],
    ['a line break between two words', '<div><p>the<br>soleus</p><p>y</p></div>'],
    ['a term after a skipped region', '<div><p><code>x</code>soleus</p><p>y</p></div>'],
    ['a term inside an inline element holding a block', '<div><a href="#"><div>soleus</div></a><p>z</p></div>'],
    ['text straight in the body', 'the soleus<p>lighthouse</p>tibia'],
    ['a term after a hidden span', '<div><p>the <span hidden>x</span>soleus</p><p>y</p></div>'],
    ['nested sections', '<main><section><h2>A</h2><p>night</p><div><p>x</p><p>tibia</p></div></section></main>'],
    ['blocks joined with white space between them', '<div>\n  <p>foo</p>\n  <p>calf pain</p>\n</div>'],
    ['an abbreviation at a block’s start after a letter: "scanDVT"', '<div><p>the scan</p><p>DVT ruled out</p></div>'],
    [
      'a plural at a block’s end before a letter: "tendonsrecovered"',
      '<div><p>both Achilles tendons</p><p>recovered</p></div>',
    ],
    ['a term glued on both sides: "xgastrocnemiusy"', '<ul><li>x</li><li>gastrocnemius</li><li>y</li></ul>'],
    ['a soft hyphen inside a term', '<div><p>x</p><p>the gastro&shy;cnemius</p><p>y</p></div>'],
    ['a zero-width space inside a term', '<div><p>x</p><p>compartment syn&#8203;drome</p><p>y</p></div>'],
    ['a line break inside a block, a term after it', '<div><p>one<br>the soleus</p><p>y</p></div>'],
  ])('%s', (_case, html) => {
    document.body.innerHTML = html;
    const expected = walked().terms;
    expect(expected.length).toBeGreaterThan(0);
    expect(sieved().terms).toEqual(expected);
  });

  it('leaves skipped regions unread, as the walker does', () => {
    document.body.innerHTML = '<div><pre>soleus</pre><p class="notranslate">tibia</p><p>fibula</p></div>';
    expect(sieved().terms).toEqual(['fibula']);
  });

  it('marks a shadow root’s text when the scan of that root runs', () => {
    document.body.innerHTML = '<div id="host"></div><p>a lighthouse</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section><p>x</p><p>the plantaris</p></section>';
    const found: ShadowRoot[] = [];
    expect(termsOf(createRootScan(document.body, tests, (root) => found.push(root))).terms).toEqual([]);
    expect(found).toEqual([shadow]);
    expect(sieved(shadow).terms).toEqual(['plantaris']);
  });
});

describe('the sieve reads only where a term can be', () => {
  it('walks nothing on a page without a candidate word', () => {
    document.body.innerHTML = '<nav><a>Home</a></nav><main><p>A lighthouse.</p><p>Keepers trimmed wicks.</p></main>';
    expect(sieved().blocks).toBe(0);
  });

  it('walks nothing where candidate words start no term (“night”, “from”)', () => {
    document.body.innerHTML = '<main><p>Ships found the harbour at night.</p><ul><li>Light from afar</li></ul></main>';
    expect(walked().blocks).toBe(2);
    expect(sieved().blocks).toBe(0);
  });

  it('walks only the blocks around a term on a long page', () => {
    const filler = '<p>Keepers wound the clockwork at night.</p>'.repeat(50);
    document.body.innerHTML = `<main><section>${filler}</section><section><p>The soleus.</p>${filler}</section></main>`;
    expect(sieved()).toEqual({ terms: ['soleus'], blocks: 1 });
  });

  it('rules out an article whose candidate words start no form at the root, in one step', () => {
    // The benchmark's lighthouse article in small: "night", "from", "lower", "side" are candidate
    // words, and the blocks are joined without white space ("…at night.Keepers…").
    const sentences = [
      'The first lighthouses were open fires kept burning on hilltops so that ships could find the harbour at night.',
      'A Fresnel lens gathers the light of a small lamp into a beam that sailors can see from twenty miles away.',
      'Each light flashes in its own pattern, so a navigator can tell one headland from the next.',
      'Use the lower-level client on the server side.',
    ];
    const section = (i: number) =>
      `<section><h2>Part ${i}</h2>${sentences.map((text) => `<p><a href="#">${text}</a></p>`).join('')}` +
      `<ul>${sentences.map((text) => `<li>${text}</li>`).join('')}</ul></section>`;
    document.body.innerHTML = `<nav><ol><li>Night</li><li>From afar</li></ol></nav><main>${Array.from({ length: 20 }, (_, i) => section(i)).join('')}</main>`;
    const asked = { mayHold: 0, holds: 0, isDense: 0 };
    const counting = {
      mayHold: (text: string) => (asked.mayHold++, tests.mayHold(text)),
      holds: (text: string) => (asked.holds++, tests.holds(text)),
      isDense: (text: string) => (asked.isDense++, tests.isDense(text)),
    };
    expect(createSubtreeSieve(document.body, counting).next().kind).toBe('done');
    expect(asked).toEqual({ mayHold: 1, holds: 0, isDense: 0 });
  });

  it('reads a long text a stretch at a time, and finds a term where two stretches meet', () => {
    // Past 100,000 characters the sieve asks a stretch of the text per step.
    const sentence = 'Keepers wound the clockwork at night, from dusk until dawn.';
    const count = Math.floor(99_000 / sentence.length);
    const paragraphs = `<p>${sentence}</p>`.repeat(count);
    const padding = 'x'.repeat(99_995 - count * sentence.length - 1);
    document.body.innerHTML = `<main>${paragraphs}<p>${padding} gastrocnemius</p>${paragraphs}</main>`;
    expect(document.body.textContent!.indexOf('gastrocnemius')).toBe(99_995);
    const sieve = createSubtreeSieve(document.body, tests);
    let steps = 0;
    for (let step = sieve.next(); step.kind !== 'done'; step = sieve.next()) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(sieved().terms).toEqual(['gastrocnemius']);
    expect(walked().terms).toEqual(['gastrocnemius']);
  });

  it('rules out a long text without a form a stretch per step', () => {
    const sentence = 'Keepers wound the clockwork at night, from dusk until dawn.';
    document.body.innerHTML = `<main>${`<p>${sentence}</p>`.repeat(Math.ceil(250_000 / sentence.length))}</main>`;
    const sieve = createSubtreeSieve(document.body, tests);
    const steps: string[] = [];
    for (let step = sieve.next(); step.kind !== 'done'; step = sieve.next()) steps.push(step.kind);
    expect(steps).toEqual(['worked', 'worked', 'worked']);
  });

  it('walks dense text whole, without looking inside', () => {
    document.body.innerHTML = `<main>${'<p>My calf and soleus hurt after a run.</p>'.repeat(600)}</main>`;
    const steps: string[] = [];
    const sieve = createSubtreeSieve(document.body, tests);
    for (let step = sieve.next(); step.kind !== 'done'; step = sieve.next())
      if (step.kind === 'scope') steps.push('root' in step.scope ? 'root' : 'part');
    expect(steps).toEqual(['root']);
  });
});
