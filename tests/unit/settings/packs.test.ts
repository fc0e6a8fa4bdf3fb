import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_PACKS } from '../../../src/glossary/bundled-packs.ts';
import type { GlossaryPack } from '../../../src/glossary/schema.ts';
import {
  importedPacks,
  readAllPacks,
  readEnabledPacks,
  removeImportedPack,
  saveImportedPack,
  setPackEnabled,
} from '../../../src/settings/packs.ts';

beforeEach(() => fakeBrowser.reset());
const pack = (id: string): GlossaryPack => ({ ...BUNDLED_PACKS[0]!, id, title: id });

describe('glossary packs in storage', () => {
  it('keep every other pack when one is imported again, and drop unusable stored data', async () => {
    await saveImportedPack(pack('a'));
    await saveImportedPack(pack('b'));
    await saveImportedPack({ ...pack('a'), title: 'A, v2' });
    expect((await importedPacks.getValue()).map((each) => each.title)).toEqual(['b', 'A, v2']);
    await fakeBrowser.storage.local.set({ importedPacks: [pack('c'), { id: 'broken' }, null] });
    expect((await readAllPacks()).map((each) => each.id)).toEqual(['calf-muscle', 'c']);
  });

  it('switch packs off and on, and forget a removed pack', async () => {
    await saveImportedPack(pack('a'));
    await setPackEnabled('calf-muscle', false);
    expect((await readEnabledPacks()).map((each) => each.id)).toEqual(['a']);
    await setPackEnabled('calf-muscle', true);
    await removeImportedPack('a');
    expect((await readEnabledPacks()).map((each) => each.id)).toEqual(['calf-muscle']);
  });
});
