import { beforeEach, describe, expect, it } from 'vitest';
import calfMuscle from '../../../glossary/calf-muscle.json';
import type { GlossaryPack } from '../../../src/glossary/schema.ts';
import { compileMatcher } from '../../../src/matcher/compile-matcher.ts';
import { entriesFromPacks } from '../../../src/matcher/entries-from-packs.ts';
import { createBlockWalker, type BlockWalker } from '../../../src/page/block-walker.ts';
import { LEAD_ELEMENTS, LEAD_MAX_ELEMENTS, leadScopeOf, walkableLead } from '../../../src/page/lead-scope.ts';
import { createRootScan, type RootScan } from '../../../src/page/root-scan.ts';
import { textTestsOf } from '../../../src/page/text-tests.ts';

const matcher = compileMatcher(entriesFromPacks([calfMuscle as unknown as GlossaryPack]));

const blocksOf = (walker: BlockWalker) => {
  const texts: string[] = [];
  for (let step = walker.next(); step.kind !== 'done'; step = walker.next())
    if (step.kind === 'block') texts.push(step.text);
  return texts;
};
/** A dense thread (walked whole, so with a lead) under a heading. */
const thread = (posts: number) =>
  `<h1>Calf pain?</h1><main id="thread">${Array.from(
    { length: posts },
    (_, i) => `<article id="a${i}"><p>Post ${i}: my calf and the soleus, then the tibia and a cramp.</p></article>`,
  ).join('')}</main>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('leadScopeOf', () => {
  it('finds the first posts of the widest element', () => {
    document.body.innerHTML = thread(40);
    const lead = leadScopeOf(document.body)!;
    expect(lead.first.id).toBe('a0');
    expect(lead.last.id).toBe(`a${LEAD_ELEMENTS - 1}`);
  });

  it.each([
    ['too few elements', '<main><p>a</p><p>b</p></main>'],
    ['inline elements, which could split a block', `<main>${'<span>calf</span>'.repeat(20)}</main>`],
    ['a region never marked', `<main contenteditable>${'<p>calf</p>'.repeat(20)}</main>`],
    ['an end without text', `<main>${'<p>calf</p>'.repeat(20)}<div></div></main>`.replace('<p>calf</p>', '<p></p>')],
  ])('none with %s', (_case, html) => {
    document.body.innerHTML = html;
    expect(leadScopeOf(document.body)).toBeUndefined();
  });
});

describe('a root walked whole, lead first', () => {
  it('hands out every block once: the lead, then the rest in document order', () => {
    document.body.innerHTML = thread(700);
    const plain = blocksOf(createBlockWalker({ root: document.body }));
    const scan = createRootScan(document.body, textTestsOf(matcher), () => {});
    const order: boolean[] = [];
    const texts: string[] = [];
    for (let step = scan.next(); step.kind !== 'done'; step = scan.next())
      if (step.kind === 'block') {
        texts.push(step.text);
        order.push(scan.isInOrder);
      }
    expect(texts.slice(0, LEAD_ELEMENTS)).toEqual(plain.slice(1, LEAD_ELEMENTS + 1));
    expect(texts[LEAD_ELEMENTS]).toBe('Calf pain?');
    expect(order[LEAD_ELEMENTS]).toBe(false);
    expect(order.at(-1)).toBe(true);
    expect([...texts].sort()).toEqual([...plain].sort());
  });
});

describe('the lead, walked before the sieve reads the root', () => {
  const walkedBy = (walker: Pick<RootScan, 'next'>) => {
    const texts: string[] = [];
    for (let step = walker.next(); step.kind !== 'done'; step = walker.next())
      if ((step.kind === 'block' || step.kind === 'unwalked') && matcher.match(step.text).length > 0)
        texts.push(step.text);
    return texts;
  };
  const filler = (i: number) => `<p>Keepers wound the clockwork at night ${i}.</p>`;

  it('comes first on a page the sieve looks into, and every block with a term comes once', () => {
    // Short and sparse: not dense, so the sieve looks inside instead of walking it whole.
    const posts = Array.from({ length: 14 }, (_, i) =>
      i % 3 === 0 ? `<article>${filler(i)}<p>Post ${i}: the soleus.</p></article>` : `<article>${filler(i)}</article>`,
    );
    document.body.innerHTML = `<h1>Calf pain?</h1><main>${posts.join('')}</main><footer><p>The tibia.</p></footer>`;
    const texts = walkedBy(createRootScan(document.body, textTestsOf(matcher), () => {}));
    const plain = walkedBy(createBlockWalker({ root: document.body }));
    expect(texts.slice(0, 4)).toEqual([
      'Post 0: the soleus.',
      'Post 3: the soleus.',
      'Post 6: the soleus.',
      'Post 9: the soleus.',
    ]);
    expect([...texts].sort()).toEqual([...plain].sort());
  });

  it('starts at its first element that can hold a term', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => (i < 3 ? filler(i) : `<p>Post ${i}: the soleus.</p>`));
    document.body.innerHTML = `<main>${paragraphs.join('')}</main>`;
    const scan = createRootScan(document.body, textTestsOf(matcher), () => {});
    let step = scan.next();
    while (step.kind === 'worked') step = scan.next();
    expect(step.kind === 'block' && step.text).toBe('Post 3: the soleus.');
  });

  it('is not walked when none of its elements can hold a term', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => filler(i));
    document.body.innerHTML = `<main>${paragraphs.join('')}</main><p>The soleus.</p>`;
    const scan = createRootScan(document.body, textTestsOf(matcher), () => {});
    const texts: string[] = [];
    for (let step = scan.next(); step.kind !== 'done'; step = scan.next())
      if (step.kind === 'block') texts.push(step.text);
    expect(texts).toEqual(['The soleus.']);
  });
});

describe('walkableLead', () => {
  it('ends before an element too large to read in one step (a page’s whole <main>)', () => {
    const main = `<main>${'<p>my calf, the soleus</p>'.repeat(LEAD_MAX_ELEMENTS + 1)}</main>`;
    document.body.innerHTML = `<p>The soleus.</p><p>The tibia.</p>${main}${'<p>The fibula.</p>'.repeat(9)}`;
    const lead = walkableLead(document.body, textTestsOf(matcher))!;
    expect([lead.first.textContent, lead.last.textContent]).toEqual(['The soleus.', 'The tibia.']);
  });
});
