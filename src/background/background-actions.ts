import type { Browser, WxtBrowser } from 'wxt/browser';
import { markingEnabled } from '../settings/items.ts';
import type { ToBackground, ToContent } from '../messaging/messages.ts';

export const LOOKUP_MENU_ID = 'termlight-lookup';

/** Where "Open in reference" goes: the reference page (the popup's page, in a tab) at one entry. */
export const referenceUrl = (browser: WxtBrowser, entryId: string) =>
  browser.runtime.getURL(`/popup.html#entry=${encodeURIComponent(entryId)}`);

type SendToTab = (tabId: number, message: ToContent, options?: Browser.tabs.MessageSendOptions) => Promise<unknown>;

const sendTo = (browser: WxtBrowser): SendToTab => browser.tabs.sendMessage.bind(browser.tabs) as SendToTab;

/** A keyboard command: move through the active tab's terms, or switch marking on/off everywhere. */
export async function runCommand(
  browser: WxtBrowser,
  command: string,
  tab: Browser.tabs.Tab | undefined,
): Promise<void> {
  if (command === 'toggle-marking') {
    await markingEnabled.setValue(!(await markingEnabled.getValue()));
    return;
  }
  if (command !== 'next-term' && command !== 'previous-term') return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const direction = command === 'next-term' ? 'next' : 'previous';
  // No content script there (a browser page, the web store): nothing to move through.
  await sendTo(browser)(tabId, { type: 'step-term', direction }, { frameId: 0 }).catch(() => undefined);
}

/** The context menu's lookup: the frame holding the selection shows the answer. */
export async function runLookup(
  browser: WxtBrowser,
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
) {
  const text = info.selectionText?.trim();
  if (info.menuItemId !== LOOKUP_MENU_ID || !text || tab?.id === undefined) return;
  await sendTo(browser)(tab.id, { type: 'lookup', text: text.slice(0, 200) }, { frameId: info.frameId ?? 0 }).catch(
    () => undefined,
  );
}

/** A content script's message. Nothing a page can trigger writes glossaries or settings. */
export async function runMessage(browser: WxtBrowser, message: ToBackground): Promise<void> {
  if (message.type === 'open-reference') await browser.tabs.create({ url: referenceUrl(browser, message.entryId) });
}
