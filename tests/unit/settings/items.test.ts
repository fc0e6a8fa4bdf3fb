import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { markingEnabled, occurrencePolicy, readOccurrencePolicy, resetSettings } from '../../../src/settings/items.ts';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('default to marking every occurrence', async () => {
    expect(await markingEnabled.getValue()).toBe(true);
    expect(await readOccurrencePolicy()).toBe('all');
  });

  it('read a stored value that is no policy as the default', async () => {
    await fakeBrowser.storage.local.set({ occurrencePolicy: 'bogus' });
    expect(await readOccurrencePolicy()).toBe('all');
  });

  it('reset to defaults', async () => {
    await markingEnabled.setValue(false);
    await occurrencePolicy.setValue('first-per-page');
    await resetSettings();
    expect(await markingEnabled.getValue()).toBe(true);
    expect(await occurrencePolicy.getValue()).toBe('all');
  });
});
