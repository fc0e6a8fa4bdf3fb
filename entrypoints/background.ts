import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listen } from '../src/messaging/listen.ts';
import { toBackgroundSchema } from '../src/messaging/messages.ts';
import { LOOKUP_MENU_ID, runCommand, runLookup, runMessage } from '../src/background/background-actions.ts';

export default defineBackground({
  // Firefox runs MV3 backgrounds as event pages, Chrome as service workers; listeners are
  // registered at the top of main() so an event that wakes the worker finds them.
  main() {
    browser.runtime.onInstalled.addListener(() => {
      // “%s” is the selection; the browser fills it in.
      browser.contextMenus.create({ id: LOOKUP_MENU_ID, title: 'Look up “%s” in Termlight', contexts: ['selection'] });
    });
    browser.contextMenus.onClicked.addListener((info, tab) => void runLookup(browser, info, tab));
    browser.commands.onCommand.addListener((command, tab) => void runCommand(browser, command, tab));
    listen(browser.runtime.onMessage, browser.runtime.id, toBackgroundSchema, (message) =>
      runMessage(browser, message),
    );
  },
});
