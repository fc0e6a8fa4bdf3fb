import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { assertGlossaryDirValid } from './src/glossary/check-glossary-dir.ts';
import { COMMANDS } from './src/messaging/commands.ts';

// The CSS Custom Highlight API, which marks terms, shipped in Chrome 105 and Firefox 140.
const CHROME_MIN_VERSION = '105';
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader should see where every name comes from.
  imports: false,
  // Both browsers get Manifest V3; without this `wxt build -b firefox` builds MV2.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Termlight',
    description: 'Explains medical terms where you read them, in plain language. Private: no network requests.',
    // contextMenus: the "Look up in Termlight" item on selected text. Host access comes only from
    // the content script's matches; no `tabs`, no host permissions, no web-accessible resources.
    permissions: ['storage', 'contextMenus'],
    // Alt+Shift with punctuation: not taken by Chrome or Firefox, nor by common screen readers.
    commands: {
      'next-term': { suggested_key: { default: 'Alt+Shift+Period' }, description: COMMANDS['next-term'] },
      'previous-term': { suggested_key: { default: 'Alt+Shift+Comma' }, description: COMMANDS['previous-term'] },
      'toggle-marking': { suggested_key: { default: 'Alt+Shift+M' }, description: COMMANDS['toggle-marking'] },
    },
    action: { default_title: 'Termlight' },
    // The extension pages run only their own packaged scripts: no remote code, no eval, no plugins.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(browser !== 'firefox' && { minimum_chrome_version: CHROME_MIN_VERSION }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'termlight@termlight.dev',
          strict_min_version: FIREFOX_MIN_VERSION,
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on (web-ext lint).
        gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
      },
    }),
  }),
  // The sources zip is what Firefox reviewers rebuild from: no test output in it.
  zip: { excludeSources: ['test-results/**'] },
  vite: () => ({
    // Vite's module-preload polyfill fetches chunks with `fetch()`; extension pages need no polyfill,
    // and the bundles must reference no network API (tests/e2e/manifest.test.ts).
    build: { modulePreload: { polyfill: false }, ...(process.env.TERMLIGHT_NO_MINIFY && { minify: false }) },
  }),
  hooks: {
    // Packs are validated on every build, not only in tests: a bad pack never ships.
    'build:before': () => assertGlossaryDirValid(fileURLToPath(new URL('./glossary/', import.meta.url))),
  },
});
