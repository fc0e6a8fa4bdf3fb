import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Built extension folders (`npm run build:all`). */
export const EXTENSION_DIRS = {
  chromium: fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url)),
  firefox: fileURLToPath(new URL('../../.output/firefox-mv3/', import.meta.url)),
} as const;

/** Debian's browsers; the tests never download one. */
export const BROWSER_BINARIES = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
} as const;

export type BrowserName = keyof typeof EXTENSION_DIRS;

/** Fails loudly, naming the fix, when a browser or a build is missing: a skipped browser is a failed test. */
export function requireBrowserAndBuild(name: BrowserName): { binary: string; extensionDir: string } {
  const binary = BROWSER_BINARIES[name];
  const extensionDir = EXTENSION_DIRS[name];
  if (!existsSync(binary))
    throw new Error(
      `${name} not found at ${binary}: apt-get install -y ${name === 'chromium' ? 'chromium' : 'firefox-esr'}`,
    );
  if (!existsSync(`${extensionDir}manifest.json`))
    throw new Error(`no built extension at ${extensionDir}: run npm run build:all`);
  return { binary, extensionDir };
}

/** Requests the extension and fixtures may make: the fixture server and the extension's own files. */
export function isAllowedRequest(url: string, fixtureOrigin: string): boolean {
  return (
    url.startsWith(`${fixtureOrigin}/`) ||
    // A second fixture server (another port) serves cross-origin frames; still this machine only.
    /^http:\/\/127\.0\.0\.1:\d+\//.test(url) ||
    /^(chrome-extension|moz-extension):\/\//.test(url) ||
    url.startsWith('data:') ||
    url === 'about:blank'
  );
}

/** The bit of the extension API that tests call inside an extension context (`chrome` or `browser`). */
export interface StorageApi {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
}
