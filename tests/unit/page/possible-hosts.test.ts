import { beforeEach, describe, expect, it } from 'vitest';
import { searchPossibleHosts, type CustomElementsOf } from '../../../src/page/possible-hosts.ts';
import { searchShadowHosts, type ShadowHostSearch } from '../../../src/page/shadow-hosts.ts';

// happy-dom has no XPath: the custom elements come from a plain query here; the browser's XPath
// query runs in the e2e suite (the 120k-node single-page app) and in the benchmark.
const customElementsOf: CustomElementsOf = (top) => {
  const custom = [...(top as Element).querySelectorAll('*')].filter((each) => each.localName.includes('-'));
  return { item: (index) => custom[index] ?? null };
};

/** Runs a search to its end, `between` called after each step. */
function run(search: ShadowHostSearch, between = () => {}): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  while (search.search((shadowRoot) => found.push(shadowRoot))) between();
  return found;
}

/** A root element holding `html`, with an open shadow root on each element with `data-host`. */
function rootOf(html: string): HTMLElement {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  for (const host of document.querySelectorAll('[data-host]')) host.attachShadow({ mode: 'open' });
  return document.getElementById('root')!;
}

const spans = (count: number, hosts: number[]) =>
  Array.from({ length: count }, (_, i) => `<span ${hosts.includes(i) ? 'data-host' : ''}>${i}</span>`).join('');

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('searchPossibleHosts', () => {
  it.each<[string, string]>([
    ['a custom element', '<p>a</p><x-card data-host></x-card>'],
    [
      'standard hosts of several names',
      '<section data-host></section><p><span data-host>b</span></p><div data-host></div>',
    ],
    ['a host inside an inline element', '<p><b><span data-host>calf</span></b></p>'],
    [
      'hosts in document order across names',
      '<div data-host></div><x-a data-host></x-a><p data-host></p><div data-host></div>',
    ],
    ['the root itself', ''],
    ['more elements than one step asks', spans(1200, [3, 700, 1199])],
    ['no host at all', '<p><b>soleus</b></p><x-card></x-card>'],
  ])('finds what asking every element finds: %s', (name, html) => {
    const root = rootOf(html);
    if (name === 'the root itself') root.attachShadow({ mode: 'open' });
    const every = run(searchShadowHosts({ root }, document));
    expect(run(searchPossibleHosts(root, customElementsOf))).toEqual(every);
  });

  it('searches a shadow root from its top elements', () => {
    const root = rootOf('<div id="outer" data-host></div>');
    const shadow = root.querySelector('#outer')!.shadowRoot!;
    shadow.innerHTML = '<p>a</p><div><x-card id="inner"></x-card></div><span></span>';
    const inner = shadow.getElementById('inner')!.attachShadow({ mode: 'open' });
    const top = shadow.querySelector('span')!.attachShadow({ mode: 'open' });
    expect(run(searchPossibleHosts(shadow, customElementsOf))).toEqual([inner, top]);
  });

  // 1,200 spans, hosts at 100, 550 and 1,100. The root is asked in step 1 and each standard name
  // opens in a step of its own: step 19 opens the spans and asks the first 500; the page changes
  // after it. A host asked before it left is found; one that left unasked is not.
  const SPAN_STEP = 19;
  it.each<[string, (root: HTMLElement) => void, number[]]>([
    [
      'elements before its place leave',
      (root) => [...root.children].slice(0, 300).forEach((each) => each.remove()),
      [100, 550, 1100],
    ],
    [
      'the last element it asked leaves',
      (root) => [...root.children].slice(0, 600).forEach((each) => each.remove()),
      [100, 1100],
    ],
    [
      'elements are added before its place',
      (root) => root.prepend(...Array.from({ length: 300 }, () => document.createElement('span'))),
      [100, 550, 1100],
    ],
  ])('finds every host when %s between steps', (_, change, expected) => {
    const root = rootOf(spans(1200, [100, 550, 1100]));
    const hosts = new Map([...root.children].map((each, i) => [i, each.shadowRoot]));
    let steps = 0;
    const found = run(searchPossibleHosts(root, customElementsOf), () => {
      if (++steps === SPAN_STEP) change(root);
    });
    expect(found).toEqual(expected.map((i) => hosts.get(i)));
  });
});
