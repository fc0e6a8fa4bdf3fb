import { defineContentScript } from 'wxt/utils/define-content-script';
import { BUNDLED_PACKS } from '../src/glossary/bundled-packs.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const entries = BUNDLED_PACKS.reduce((sum, pack) => sum + pack.entries.length, 0);
    // A User Timing mark is visible to the page and to devtools without touching the DOM; the
    // end-to-end smoke test reads it to prove the content script ran. Term marking builds on this.
    performance.mark('termlight:ready', { detail: { packs: BUNDLED_PACKS.length, entries } });
  },
});
