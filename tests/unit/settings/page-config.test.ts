import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hiddenEntries, setEntryMarked } from '../../../src/settings/items.ts';
import { PAGE_CONFIG_ITEMS, readPageConfig } from '../../../src/settings/page-config.ts';

beforeEach(() => fakeBrowser.reset());

describe('page config', () => {
  it('restarts open tabs when the reader chooses "Don\'t mark this term", and hands the entries over', async () => {
    expect(PAGE_CONFIG_ITEMS).toContain(hiddenEntries);
    await setEntryMarked('calf-muscle/soleus', false);
    const config = await readPageConfig('example.com');
    expect(config.display.hiddenEntries).toEqual(new Set(['calf-muscle/soleus']));
    // Search and lookup use every enabled pack, hidden entries included.
    expect(config.packs[0]!.entries.some((entry) => entry.id === 'soleus')).toBe(true);
  });
});
