import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIRS } from '../support/extension-paths.ts';

const manifestOf = async (dir: string) => JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));

/** What both browsers' manifests must say; a change here is a change to what Termlight may do. */
const SHARED = {
  manifest_version: 3,
  permissions: ['storage', 'contextMenus'],
  content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
  commands: {
    'next-term': { suggested_key: { default: 'Alt+Shift+Period' }, description: expect.any(String) },
    'previous-term': { suggested_key: { default: 'Alt+Shift+Comma' }, description: expect.any(String) },
    'toggle-marking': { suggested_key: { default: 'Alt+Shift+M' }, description: expect.any(String) },
  },
  content_scripts: [
    {
      matches: ['http://*/*', 'https://*/*'],
      all_frames: true,
      match_about_blank: true,
      run_at: 'document_idle',
      css: ['content-scripts/content.css'],
      js: ['content-scripts/content.js'],
    },
  ],
};

describe.each(['chromium', 'firefox'] as const)('the built %s manifest', (name) => {
  it('asks for storage and contextMenus only, with no host permissions and no web-accessible resources', async () => {
    const manifest = await manifestOf(EXTENSION_DIRS[name]);
    expect(manifest).toMatchObject(SHARED);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    // None: they would let any site detect that Termlight is installed.
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('names the browsers that have the Custom Highlight API', async () => {
    const manifest = await manifestOf(EXTENSION_DIRS[name]);
    if (name === 'chromium') {
      expect(manifest.minimum_chrome_version).toBe('105');
      expect(manifest.browser_specific_settings).toBeUndefined();
    } else
      expect(manifest.browser_specific_settings).toEqual({
        gecko: {
          id: 'termlight@termlight.dev',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      });
  });

  it('ships no code that could reach the network', async () => {
    const dir = EXTENSION_DIRS[name];
    const files = (await readdir(dir, { recursive: true })).filter((file) => /\.(js|html)$/.test(file));
    const found: string[] = [];
    for (const file of files) {
      const text = await readFile(join(dir, file), 'utf8');
      for (const api of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'sendBeacon', 'importScripts('])
        if (text.includes(api)) found.push(`${file}: ${api}`);
      // Also `Function(...)` without `new`: that is how zod classic's eval probe ships once minified.
      if (/\b(?:eval|Function)\s*\(/.test(text)) found.push(`${file}: eval`);
    }
    expect(found).toEqual([]);
  });
});
