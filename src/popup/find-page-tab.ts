import type { WxtBrowser } from 'wxt/browser';

/**
 * The tab whose page the popup describes: the active tab of the popup's window. When the popup's
 * page is itself open in a tab (the reference opened from a tooltip), the tab the reader was on
 * before it. No `tabs` permission is needed: only ids are read.
 */
export async function findPageTab(browser: WxtBrowser): Promise<number | undefined> {
  const self = await browser.tabs.getCurrent();
  if (!self) return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const others = (await browser.tabs.query({ windowId: self.windowId })).filter((tab) => tab.id !== self.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id;
}
