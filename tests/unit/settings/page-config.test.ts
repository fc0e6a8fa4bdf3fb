import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  hiddenEntries,
  isSiteDisabled,
  markingEnabled,
  readDisplaySettings,
  setEntryMarked,
} from '../../../src/settings/items.ts';
import { readEnabledPacks } from '../../../src/settings/packs.ts';
import { PAGE_CONFIG_ITEMS, readPageConfig } from '../../../src/settings/page-config.ts';

beforeEach(() => fakeBrowser.reset());

const pack = (id: string) => ({
  id,
  source: { sections: [] },
  entries: [{ id: 'x', term: 'x', short: 'x', aliases: [], abbreviations: [], related: [] }],
});

describe('page config', () => {
  it('restarts open tabs when the reader chooses "Don\'t mark this term", and hands the entries over', async () => {
    expect(PAGE_CONFIG_ITEMS).toContain(hiddenEntries);
    await setEntryMarked('calf-muscle/soleus', false);
    const config = await readPageConfig('example.com');
    expect(config.display.hiddenEntries).toEqual(new Set(['calf-muscle/soleus']));
    // Search and lookup use every enabled pack, hidden entries included.
    expect(config.packs[0]!.entries.some((entry) => entry.id === 'soleus')).toBe(true);
  });

  it('reads every item in one storage read', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await readPageConfig('example.com');
    expect(get).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['nothing stored', {}],
    ['marking off', { markingEnabled: false }],
    ['this site off through its parent domain', { disabledSites: ['example.com'] }],
    ['another site off', { disabledSites: ['example.org'] }],
    [
      'an imported pack, one bad and one off',
      { importedPacks: [pack('a'), { id: 1 }, pack('b')], disabledPacks: ['b'] },
    ],
    ['the bundled pack off', { disabledPacks: ['calf-muscle'] }],
    ['display values out of range', { markStyle: 'sparkles', hoverDelayMs: -5, hiddenCategories: ['anatomy', 'x'] }],
    ['display values in range', { occurrencePolicy: 'first-per-page', markColor: '#112233', hoverDelayMs: 500 }],
  ] as [string, Record<string, unknown>][])('reads as the items read one by one do (%s)', async (_case, stored) => {
    await fakeBrowser.storage.local.set(stored);
    const host = 'www.news.example.com';
    expect(await readPageConfig(host)).toEqual({
      isMarking: (await markingEnabled.getValue()) && !(await isSiteDisabled(host)),
      packs: await readEnabledPacks(),
      display: await readDisplaySettings(),
    });
  });
});
