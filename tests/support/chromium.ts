import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { isAllowedRequest, requireBrowserAndBuild, type StorageApi } from './extension-paths.ts';

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** Every request the browser made that was neither a fixture nor an extension file. */
  strayRequests: string[];
  /** Writes to the extension's `storage.local`, as its settings pages would. */
  setStorage(values: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with the built extension loaded unpacked, in a fresh profile. Requests other
 * than the fixture server's are aborted and recorded so a test can fail on them.
 */
export async function launchChromium(
  fixtureOrigin: string,
  options: {
    headless?: boolean;
    extensionDir?: string;
    accessibilityMedia?: boolean;
    /** Pages' own JavaScript blocked in the browser's site settings, as a reader may set it. @default false */
    isPageJavaScriptBlocked?: boolean;
  } = {},
): Promise<ChromiumSession> {
  const built = requireBrowserAndBuild('chromium');
  const binary = built.binary;
  // The benchmark loads its reference content scripts as extensions of their own.
  const extensionDir = options.extensionDir ?? built.extensionDir;
  const profile = await mkdtemp(join(tmpdir(), 'termlight-chromium-'));
  if (options.isPageJavaScriptBlocked) {
    // The content setting "javascript: block" (2) for every site, as chrome://settings/content/javascript
    // writes it. Not Playwright's `javaScriptEnabled: false`: that is a DevTools emulation, not what
    // readers run.
    await mkdir(join(profile, 'Default'));
    await writeFile(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ profile: { default_content_setting_values: { javascript: 2 } } }),
    );
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: binary,
    headless: options.headless ?? true,
    // Touch as well as a mouse: tap tests use it; hover tests use the mouse.
    hasTouch: true,
    ...(options.accessibilityMedia && { forcedColors: 'active', reducedMotion: 'reduce' }),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const strayRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isAllowedRequest(url, fixtureOrigin)) return route.continue();
    strayRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    strayRequests,
    async setStorage(values) {
      await worker.evaluate(
        (items) => (globalThis as unknown as { chrome: StorageApi }).chrome.storage.local.set(items),
        values,
      );
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
