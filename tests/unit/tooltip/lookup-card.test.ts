import { describe, expect, it, vi } from 'vitest';
import { BUNDLED_PACKS } from '../../../src/glossary/bundled-packs.ts';
import { createGlossaryIndex } from '../../../src/glossary/glossary-index.ts';
import { renderLookupMiss } from '../../../src/tooltip/lookup-card.ts';

const glossary = createGlossaryIndex(BUNDLED_PACKS);

describe('renderLookupMiss', () => {
  it('says the selection is not in the glossary, as text, with the closest entries', () => {
    const onPick = vi.fn();
    const hit = {
      pack: BUNDLED_PACKS[0]!,
      entry: glossary.get('calf-muscle/soleus')!.entry,
      matchedForm: 'soleus',
      score: 50,
    };
    const root = renderLookupMiss(document, '<b>soleos</b>', [hit], onPick);
    expect(root.querySelector('h2')?.textContent).toBe('“<b>soleos</b>” is not in the glossary');
    expect(root.querySelectorAll('b')).toHaveLength(0);
    root.querySelector('button')!.click();
    expect(onPick).toHaveBeenCalledWith('calf-muscle/soleus');
  });

  it('has a plain answer when nothing comes close', () => {
    expect(renderLookupMiss(document, 'xyz', [], vi.fn()).textContent).toMatch(/No entry comes close/);
  });
});
