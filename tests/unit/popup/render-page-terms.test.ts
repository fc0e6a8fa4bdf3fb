import { describe, expect, it, vi } from 'vitest';
import { BUNDLED_PACKS } from '../../../src/glossary/bundled-packs.ts';
import { createGlossaryIndex } from '../../../src/glossary/glossary-index.ts';
import { renderPageTerms } from '../../../src/popup/render-page-terms.ts';

const glossary = createGlossaryIndex(BUNDLED_PACKS);

describe('renderPageTerms', () => {
  it('lists the page’s terms, most frequent first, each with a Show button', () => {
    const onShow = vi.fn();
    const terms = {
      host: 'example.com',
      terms: [
        { entryId: 'calf-muscle/soleus', count: 1 },
        { entryId: 'calf-muscle/deep-vein-thrombosis', count: 3 },
        { entryId: 'other-pack/unknown', count: 9 },
      ],
    };
    const root = renderPageTerms(document, glossary, terms, onShow);
    const rows = [...root.querySelectorAll('li')].map((row) => row.textContent);
    expect(rows).toEqual(['deep vein thrombosis3 timesShow', 'soleus1 timeShow']);
    expect(root.querySelector('li')!.classList.contains('page-term--urgent')).toBe(true);
    root.querySelector<HTMLButtonElement>('button[aria-label="Show “soleus” on the page"]')!.click();
    expect(onShow).toHaveBeenCalledWith('calf-muscle/soleus');
  });

  it('says so when there are no terms, or when Termlight cannot run on the page', () => {
    expect(renderPageTerms(document, glossary, { host: 'x', terms: [] }, vi.fn()).textContent).toMatch(
      /No glossary terms/,
    );
    expect(renderPageTerms(document, glossary, undefined, vi.fn()).textContent).toMatch(/cannot read this page/);
  });
});
