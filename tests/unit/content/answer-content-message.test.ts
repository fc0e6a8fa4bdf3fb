import { describe, expect, it, vi } from 'vitest';
import { createTermIndex } from '../../../src/page/term-index.ts';
import type { TermEngine } from '../../../src/page/term-engine.ts';
import { answerContentMessage } from '../../../src/content/answer-content-message.ts';
import type { PageTooltips } from '../../../src/tooltip/page-tooltips.ts';

const index = createTermIndex();
index.add({
  nodes: [document.createTextNode('soleus soleus calf')],
  starts: [0],
  terms: [
    { entryId: 'p/soleus', start: 0, end: 6, isUrgent: false },
    { entryId: 'p/soleus', start: 7, end: 13, isUrgent: false },
    { entryId: 'p/calf', start: 14, end: 18, isUrgent: false },
  ],
});
const engine = { index } as unknown as TermEngine;
const tooltips = { step: vi.fn(() => true), lookup: vi.fn(), destroy: vi.fn() } satisfies PageTooltips;

describe('answerContentMessage', () => {
  it('answers the popup with the page’s host and counts, from the top frame only', async () => {
    const state = { engine, tooltips, host: 'example.com', isTop: true };
    expect(await answerContentMessage({ type: 'get-page-terms' }, state)).toEqual({
      host: 'example.com',
      terms: [
        { entryId: 'p/soleus', count: 2 },
        { entryId: 'p/calf', count: 1 },
      ],
    });
    expect(answerContentMessage({ type: 'get-page-terms' }, { ...state, isTop: false })).toBeUndefined();
  });

  it('steps through terms and looks up selections', async () => {
    const state = { engine, tooltips, host: 'example.com', isTop: true };
    expect(await answerContentMessage({ type: 'step-term', direction: 'next', entryId: 'p/calf' }, state)).toEqual({
      found: true,
    });
    expect(tooltips.step).toHaveBeenCalledWith('next', 'p/calf');
    await answerContentMessage({ type: 'lookup', text: 'soleus' }, { ...state, isTop: false });
    expect(tooltips.lookup).toHaveBeenCalledWith('soleus');
  });

  it('with marking off here, has no terms and nothing to step to', async () => {
    const state = { engine: undefined, tooltips: undefined, host: 'example.com', isTop: true };
    expect(await answerContentMessage({ type: 'get-page-terms' }, state)).toEqual({ host: 'example.com', terms: [] });
    expect(await answerContentMessage({ type: 'step-term', direction: 'next' }, state)).toEqual({ found: false });
  });
});
