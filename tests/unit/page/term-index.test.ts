import { describe, expect, it } from 'vitest';
import { createTermIndex, type MarkedTerm } from '../../../src/page/term-index.ts';

function term(start: number, end: number, entryId: string): MarkedTerm {
  return { entryId, start, end, isUrgent: false };
}

describe('createTermIndex', () => {
  const a = document.createTextNode('the soleus and the ');
  const b = document.createTextNode('tibia bone');
  const terms = [term(4, 10, 'soleus'), term(19, 24, 'tibia')];

  it('finds the term at a node and offset, across the nodes of a block', () => {
    const index = createTermIndex();
    index.add({ nodes: [a, b], starts: [0, 19], terms });
    expect(index.termAt(a, 4)?.entryId).toBe('soleus');
    expect(index.termAt(a, 9)?.entryId).toBe('soleus');
    expect(index.termAt(a, 10)).toBeUndefined();
    expect(index.termAt(b, 0)?.entryId).toBe('tibia');
    expect(index.termAt(b, 5)).toBeUndefined();
  });

  it('counts terms per entry and forgets a removed block', () => {
    const index = createTermIndex();
    index.add({ nodes: [a, b], starts: [0, 19], terms });
    expect(Object.fromEntries(index.counts)).toEqual({ soleus: 1, tibia: 1 });
    expect(index.removeBlockOf(b)?.terms).toHaveLength(2);
    expect(index.termAt(a, 4)).toBeUndefined();
    expect(index.size).toBe(0);
    expect(index.counts.size).toBe(0);
  });

  it('binary-searches many terms', () => {
    const long = document.createTextNode('x '.repeat(5000));
    const many = Array.from({ length: 2500 }, (_, i) => term(i * 4, i * 4 + 1, `e${i}`));
    const index = createTermIndex();
    index.add({ nodes: [long], starts: [0], terms: many });
    expect(index.termAt(long, 4 * 1234)?.entryId).toBe('e1234');
    expect(index.termAt(long, 4 * 1234 + 2)).toBeUndefined();
  });
});
