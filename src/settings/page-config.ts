import type { GlossaryPack } from '../glossary/schema.ts';
import { disabledPacks, importedPacks, readEnabledPacks } from './packs.ts';
import { isSiteDisabled, markingEnabled, readDisplaySettings, SETTING_ITEMS, type DisplaySettings } from './items.ts';

/** Everything the content script needs to know to mark a page. */
export interface PageConfig {
  /** Marking on, globally and for this site. */
  isMarking: boolean;
  packs: GlossaryPack[];
  display: DisplaySettings;
}

/** Items whose change makes open tabs mark again. */
export const PAGE_CONFIG_ITEMS = [...SETTING_ITEMS, importedPacks, disabledPacks] as const;

export async function readPageConfig(host: string): Promise<PageConfig> {
  const [isEnabled, isOffHere, packs, display] = await Promise.all([
    markingEnabled.getValue(),
    isSiteDisabled(host),
    readEnabledPacks(),
    readDisplaySettings(),
  ]);
  return { isMarking: isEnabled && !isOffHere, packs, display };
}
