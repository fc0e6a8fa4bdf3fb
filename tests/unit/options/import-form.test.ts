import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_PACKS } from '../../../src/glossary/bundled-packs.ts';
import { bindImportForm } from '../../../src/options/import-form.ts';
import { markColor } from '../../../src/settings/items.ts';
import { importedPacks, saveImportedPack } from '../../../src/settings/packs.ts';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const CSV = 'term,definition,category\nhamstring,The group of muscles at the back of the thigh.,anatomy\n';
const bundled = new Set(BUNDLED_PACKS.map((pack) => pack.id));

/** An import form in happy-dom, and a way to "choose" a file in it. */
function form() {
  document.body.replaceChildren();
  const input = document.createElement('input');
  input.type = 'file';
  const message = document.createElement('div');
  document.body.append(input, message);
  bindImportForm({ input, message }, bundled, saveImportedPack);
  const choose = (file: File) => {
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
  };
  const lines = () => [...message.querySelectorAll('li')].map((item) => item.textContent);
  return { message, choose, lines };
}

describe('bindImportForm', () => {
  it('imports a valid file and says so', async () => {
    const { choose, lines } = form();
    choose(new File([CSV], 'hamstring.csv', { type: 'text/csv' }));
    await expect.poll(lines).toEqual(['Imported “hamstring”: 1 entries.']);
    expect((await importedPacks.getValue()).map((pack) => pack.id)).toEqual(['hamstring']);
  });

  it('says the storage is full when the save fails, and loses nothing', async () => {
    const earlier = { ...BUNDLED_PACKS[0]!, id: 'earlier', title: 'Earlier' };
    await saveImportedPack(earlier);
    await markColor.setValue('#123456');
    // Chromium's message for a full storage.local (QUOTA_BYTES, 10 MB without unlimitedStorage).
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const { message, choose, lines } = form();
    choose(new File([CSV], 'hamstring.csv', { type: 'text/csv' }));
    await expect.poll(lines).toHaveLength(2);
    expect(lines()[0]).toBe('“hamstring.csv” was not imported; nothing has changed.');
    expect(lines()[1]).toMatch(/storage is full \(quota exceeded\)/);
    expect(message.className).toContain('import-message--error');
    vi.restoreAllMocks();
    expect((await importedPacks.getValue()).map((pack) => pack.id)).toEqual(['earlier']);
    expect(await markColor.getValue()).toBe('#123456');
  });

  it('names any other storage failure by the browser’s own words', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Storage is locked'));
    const { choose, lines } = form();
    choose(new File([CSV], 'hamstring.csv', { type: 'text/csv' }));
    await expect.poll(lines).toHaveLength(2);
    expect(lines()[1]).toBe('The browser could not store it: Storage is locked.');
  });

  it('says when the chosen file cannot be read', async () => {
    const { choose, lines } = form();
    const file = new File([CSV], 'gone.csv', { type: 'text/csv' });
    vi.spyOn(file, 'text').mockRejectedValue(new Error('NotReadableError'));
    choose(file);
    await expect.poll(lines).toHaveLength(2);
    expect(lines()[0]).toBe('“gone.csv” could not be read; nothing has changed.');
    expect(lines()[1]).toContain('NotReadableError');
  });
});
