import { describe, expect, it } from 'vitest';
import calfMuscle from '../../../glossary/calf-muscle.json';
import type { GlossaryPack } from '../../../src/glossary/schema.ts';
import { editDistance, foldForSearch, searchGlossary } from '../../../src/glossary/search-glossary.ts';

const packs = [calfMuscle as unknown as GlossaryPack];
const first = (query: string) => searchGlossary(packs, query)[0]?.entry.id;

describe('searchGlossary', () => {
  it.each([
    ['dvt', 'deep-vein-thrombosis'],
    ['DVT', 'deep-vein-thrombosis'],
    ['deep vein', 'deep-vein-thrombosis'],
    ['gastrocnemeus', 'gastrocnemius'],
    ['gastrocnemuis', 'gastrocnemius'],
    ['tendinitis', 'achilles-tendonitis'],
    ['charley horse', 'leg-cramp'],
    ['Charley-Horse', 'leg-cramp'],
    ['oedème', 'edema'],
    ['soleus', 'soleus'],
    ['sol', 'soleus'],
    ['shin bone', 'tibia'],
    ['pins and needles', 'tingling'],
  ])('"%s" finds %s first', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it('finds entries by their definitions after their names', () => {
    const hits = searchGlossary(packs, 'pulmonary embolism');
    expect(hits.map((hit) => hit.entry.id)).toContain('deep-vein-thrombosis');
    expect(hits[0]?.score).toBe(10);
  });

  it('says which form matched', () => {
    expect(searchGlossary(packs, 'dvt')[0]?.matchedForm).toBe('DVT');
  });

  it('returns nothing for an empty query or gibberish', () => {
    expect(searchGlossary(packs, '   ')).toEqual([]);
    expect(searchGlossary(packs, 'zzqx')).toEqual([]);
  });

  it('caps the results', () => {
    expect(searchGlossary(packs, 'a', 5)).toHaveLength(5);
  });
});

describe('helpers', () => {
  it.each([
    ['soleus', 'soleus', 0],
    ['soleus', 'solues', 1],
    ['soleus', 'soleu', 1],
    ['soleus', 'tibia', 2],
  ])('editDistance(%s, %s) stops past 1', (a, b, expected) => {
    expect(editDistance(a, b, 1)).toBe(expected);
  });

  it('folds case, accents, apostrophes and hyphens', () => {
    expect(foldForSearch('  Œdème – Achilles’ Warm-Up ')).toBe("œdeme – achilles' warm up");
  });
});
