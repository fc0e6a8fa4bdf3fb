import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../src/glossary/bundled-packs.ts';
import { matcherFor } from '../../../src/content/matcher-for.ts';

const TEXT = 'My soleus and gastrocnemius ache; the calf muscle feels tight.';
const idsOf = (hiddenEntries?: ReadonlySet<string>) =>
  matcherFor(BUNDLED_PACKS, new Set(), hiddenEntries)
    .match(TEXT)
    .map((match) => match.entryId);

describe('matcherFor', () => {
  it("leaves out the entries the reader chose not to mark, and only those (the precompiled tries can't)", () => {
    expect(idsOf()).toEqual(expect.arrayContaining(['calf-muscle/soleus', 'calf-muscle/gastrocnemius']));
    const without = idsOf(new Set(['calf-muscle/soleus']));
    expect(without).not.toContain('calf-muscle/soleus');
    expect(without).toEqual(idsOf().filter((id) => id !== 'calf-muscle/soleus'));
  });
});
