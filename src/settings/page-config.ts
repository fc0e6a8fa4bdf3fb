import { storage } from 'wxt/utils/storage';
import type { GlossaryPack } from '../glossary/schema.ts';
import { disabledPacks, enabledPacksOf, importedPacks } from './packs.ts';
import {
  disabledSites,
  DISPLAY_ITEMS,
  displaySettingsOf,
  isHostIn,
  markingEnabled,
  SETTING_ITEMS,
  type DisplaySettings,
} from './items.ts';

/** Everything the content script needs to know to mark a page. */
export interface PageConfig {
  /** Marking on, globally and for this site. */
  isMarking: boolean;
  packs: GlossaryPack[];
  display: DisplaySettings;
}

/** Items whose change makes open tabs mark again. */
export const PAGE_CONFIG_ITEMS = [...SETTING_ITEMS, importedPacks, disabledPacks] as const;

/**
 * Every item in one `storage.local.get`: read one by one, the content script's eleven reads came
 * back 10–20 ms after it started on the forum threads, each queued behind the one read per item
 * that WXT makes when the item is defined (`node tests/bench/first-paint-parts.ts DIR`).
 */
export async function readPageConfig(host: string): Promise<PageConfig> {
  const read = new Map<string, unknown>(
    (await storage.getItems([...PAGE_CONFIG_ITEMS])).map(({ key, value }) => [key, value]),
  );
  const valueOf = (item: { key: string }) => read.get(item.key);
  return {
    isMarking: Boolean(valueOf(markingEnabled)) && !isHostIn(asList(valueOf(disabledSites)), host),
    packs: enabledPacksOf(valueOf(importedPacks), asList(valueOf(disabledPacks))),
    display: displaySettingsOf(DISPLAY_ITEMS.map(valueOf)),
  };
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? value : []);
