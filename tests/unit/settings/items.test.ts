import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  disabledSites,
  hiddenEntries,
  isSiteDisabled,
  markingEnabled,
  occurrencePolicy,
  readDisplaySettings,
  resetSettings,
  setEntryMarked,
  setSiteEnabled,
} from '../../../src/settings/items.ts';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('default to marking every occurrence', async () => {
    expect(await markingEnabled.getValue()).toBe(true);
    expect((await readDisplaySettings()).policy).toBe('all');
  });

  it('read a stored value that is no policy as the default', async () => {
    await fakeBrowser.storage.local.set({ occurrencePolicy: 'bogus' });
    expect((await readDisplaySettings()).policy).toBe('all');
  });

  it('reset to defaults', async () => {
    await markingEnabled.setValue(false);
    await occurrencePolicy.setValue('first-per-page');
    await resetSettings();
    expect(await markingEnabled.getValue()).toBe(true);
    expect(await occurrencePolicy.getValue()).toBe('all');
  });
});

describe('display settings', () => {
  it('read stored values that are out of range or of the wrong kind as the defaults', async () => {
    await fakeBrowser.storage.local.set({
      markStyle: 'sparkles',
      markColor: 'red; background: url(x)',
      hoverDelayMs: -5,
      hiddenCategories: ['anatomy', 'bogus'],
      hiddenEntries: ['calf-muscle/soleus', 42, null],
    });
    expect(await readDisplaySettings()).toEqual({
      policy: 'all',
      style: 'dotted',
      color: '#0d9488',
      delayMs: 300,
      hidden: new Set(['anatomy']),
      hiddenEntries: new Set(['calf-muscle/soleus']),
    });
  });

  it('read hidden entries that are not a list as none', async () => {
    await fakeBrowser.storage.local.set({ hiddenEntries: 'calf-muscle/soleus' });
    expect((await readDisplaySettings()).hiddenEntries).toEqual(new Set());
  });
});

describe("don't mark this term", () => {
  it('hides an entry once, marks it again, and reset marks every entry again', async () => {
    await setEntryMarked('calf-muscle/soleus', false);
    await setEntryMarked('calf-muscle/soleus', false);
    await setEntryMarked('calf-muscle/calf', false);
    expect(await hiddenEntries.getValue()).toEqual(['calf-muscle/soleus', 'calf-muscle/calf']);
    await setEntryMarked('calf-muscle/soleus', true);
    expect(await hiddenEntries.getValue()).toEqual(['calf-muscle/calf']);
    await resetSettings();
    expect(await hiddenEntries.getValue()).toEqual([]);
  });
});

describe('site switch', () => {
  it.each([
    ['example.com', 'example.com', true],
    ['www.example.com', 'example.com', true],
    ['forum.example.com', 'example.com', true],
    ['notexample.com', 'example.com', false],
  ])('%s is off when %s is listed: %s', async (host, listed, isOff) => {
    await disabledSites.setValue([listed]);
    expect(await isSiteDisabled(host)).toBe(isOff);
  });

  it('adds and removes a site, once', async () => {
    await setSiteEnabled('WWW.Example.com', false);
    await setSiteEnabled('example.com', false);
    expect(await disabledSites.getValue()).toEqual(['example.com']);
    await setSiteEnabled('example.com', true);
    expect(await disabledSites.getValue()).toEqual([]);
  });
});
