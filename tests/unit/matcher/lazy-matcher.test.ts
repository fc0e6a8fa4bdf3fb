import { describe, expect, it } from 'vitest';
import { lazyMatcher } from '../../../src/matcher/lazy-matcher.ts';

describe('lazyMatcher', () => {
  it('compiles on first use, once', () => {
    let compiles = 0;
    const matcher = lazyMatcher(() => {
      compiles++;
      return [{ id: 'soleus', forms: ['soleus'] }];
    });
    expect(compiles).toBe(0);
    expect(matcher.match('the soleus')).toEqual([{ start: 4, end: 10, entryId: 'soleus', isUrgent: false }]);
    expect(matcher.match('soleus')).toHaveLength(1);
    expect(compiles).toBe(1);
  });

  it('compiles before it says whether a form may be in a text, as for match', () => {
    let compiles = 0;
    const matcher = lazyMatcher(() => {
      compiles++;
      return [{ id: 'soleus', forms: ['soleus'] }];
    });
    expect(matcher.mayMatch('thesoleusmuscle')).toBe(true);
    expect(matcher.mayMatch('the tibia')).toBe(false);
    expect(compiles).toBe(1);
  });
});
