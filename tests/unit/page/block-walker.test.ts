import { beforeEach, describe, expect, it } from 'vitest';
import { createBlockWalker, type TextBlock } from '../../../src/page/block-walker.ts';
import { DONE, WORKED } from '../../../src/page/walk-progress.ts';

function blocksOf(html: string): string[] {
  document.body.innerHTML = html;
  const walker = createBlockWalker({ root: document.body });
  const out: string[] = [];
  for (let step = walker.next(); step.kind !== 'done'; step = walker.next())
    if (step.kind === 'block') out.push(step.text.trim().replace(/\s+/g, ' '));
  return out;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('createBlockWalker', () => {
  it.each<[string, string, string[]]>([
    [
      'joins inline elements into one block',
      '<p><b>Compartment</b> <i>syndrome</i> hurts</p>',
      ['Compartment syndrome hurts'],
    ],
    ['splits at block elements', '<div>one<p>two</p>three</div>', ['one', 'two', 'three']],
    ['splits at <br>', '<p>deep<br>vein</p>', ['deep', 'vein']],
    ['splits at <br> before an inline element', '<p>deep<br><b>vein</b> clot</p>', ['deep', 'vein clot']],
    ['a <br> before the run does not split it', '<p><br>deep <b>vein</b><br>clot</p>', ['deep vein', 'clot']],
    ['splits at <hr>', '<div>calf<hr>muscle</div>', ['calf', 'muscle']],
    ['drops blank runs', '<div>\n  <p>text</p>\n</div>', ['text']],
    [
      'skips scripts, styles and code',
      '<p>a<script>x</script></p><style>y</style><pre>z</pre><p>b <code>c</code> d</p>',
      ['a', 'b', 'd'],
    ],
    [
      'skips form fields',
      '<p>a</p><textarea>soleus</textarea><input value="soleus"><select><option>soleus</option></select><button>soleus</button>',
      ['a'],
    ],
    [
      'skips editable regions',
      '<div contenteditable>soleus<p>tibia</p></div><div contenteditable="false">kept</div>',
      ['kept'],
    ],
    [
      'skips translate=no, .notranslate and hidden',
      '<p translate="no">a</p><p class="x notranslate">b</p><p hidden>c</p><p>d</p>',
      ['d'],
    ],
    ['skips svg and math', '<svg><text>soleus</text></svg><math><mi>x</mi></math><p>e</p>', ['e']],
    ['skips its own UI', '<termlight-ui>soleus</termlight-ui><p>f</p>', ['f']],
  ])('%s', (_rule, html, expected) => {
    expect(blocksOf(html)).toEqual(expected);
  });

  it('maps each text node to its offset in the block', () => {
    document.body.innerHTML = '<p>deep <b>vein</b> thrombosis</p>';
    const walker = createBlockWalker({ root: document.body });
    // The skipped-region queries (tags, attributes, line breaks) get a turn each.
    for (let turn = 0; turn < 3; turn++) expect(walker.next()).toBe(WORKED);
    const block = walker.next() as TextBlock;
    expect(block.text).toBe('deep vein thrombosis');
    expect(block.nodes.map((node) => node.data)).toEqual(['deep ', 'vein', ' thrombosis']);
    expect(block.starts).toEqual([0, 5, 9]);
  });

  it('walks a run of siblings only', () => {
    document.body.innerHTML = '<p id="p">before <b>soleus</b> after</p><p>other</p>';
    const p = document.getElementById('p')!;
    const walker = createBlockWalker({ first: p.childNodes[1]!, last: p.childNodes[2]! });
    for (let turn = 0; turn < 3; turn++) walker.next();
    expect((walker.next() as TextBlock).text).toBe('soleus after');
    expect(walker.next()).toBe(DONE);
  });

  it('reports open shadow roots', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside</p>';
    const found: ShadowRoot[] = [];
    const walker = createBlockWalker({ root: document.body }, (root) => found.push(root));
    while (walker.next() !== DONE);
    expect(found).toEqual([shadow]);
  });
});
