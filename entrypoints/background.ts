import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground({
  // Firefox runs MV3 backgrounds as event pages, Chrome as service workers; both suit us.
  main() {
    // Nothing to route yet: the bundled glossary ships inside the content script and the popup.
    // The context-menu lookup and typed messages arrive with the UI work (issue 4).
  },
});
