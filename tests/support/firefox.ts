import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { isAllowedRequest, requireBrowserAndBuild, type StorageApi } from './extension-paths.ts';

export interface FirefoxSession {
  browser: Browser;
  extensionId: string;
  /** A new tab whose requests are checked against the allow-list. */
  newPage(): Promise<Page>;
  /** Every request a page made that was neither a fixture nor an extension file. */
  strayRequests: string[];
  /** `moz-extension://…`, fixed through a pref so tests can open the extension's pages. */
  extensionOrigin: string;
  openExtensionPage(path: string): Promise<Page>;
  /** Writes to the extension's `storage.local`, as its settings pages would. */
  setStorage(values: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

const EXTENSION_ID = 'termlight@termlight.dev';
const EXTENSION_UUID = '7c1a3f5e-2b4d-4e6f-8a9b-0c1d2e3f4a5b';

/** Debian's Firefox ESR over WebDriver BiDi, with the built extension installed as a temporary add-on. */
export async function launchFirefox(
  fixtureOrigin: string,
  options: {
    accessibilityMedia?: boolean;
    /** Pages' own JavaScript off (`javascript.enabled = false`), as a reader may set it. @default false */
    isPageJavaScriptBlocked?: boolean;
    /** Another build of the extension (a copy of `.output/firefox-mv3`). @default the checkout's */
    extensionDir?: string;
  } = {},
): Promise<FirefoxSession> {
  const built = requireBrowserAndBuild('firefox');
  const binary = built.binary;
  const extensionDir = options.extensionDir ?? built.extensionDir;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: binary,
    headless: true,
    // Firefox 153 lets WebDriver open moz-extension:// pages only with system access allowed.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Keep the browser itself quiet on a machine without a network.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      // Firefox gives each install a random internal UUID; fixing it makes moz-extension:// URLs known.
      'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }),
      // WebDriver BiDi cannot emulate media features yet: the prefs behind them. Colours "always"
      // overridden is Firefox's forced-colors mode.
      ...(options.accessibilityMedia && {
        'browser.display.document_color_use': 2,
        'ui.prefersReducedMotion': 1,
      }),
      ...(options.isPageJavaScriptBlocked && { 'javascript.enabled': false }),
    },
  });
  const extensionId = await browser.installExtension(extensionDir);
  const strayRequests: string[] = [];
  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    page.on('request', (request) => {
      if (!isAllowedRequest(request.url(), fixtureOrigin)) strayRequests.push(request.url());
    });
    return page;
  }
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  /** Opens one of the extension's pages (popup.html, options.html) in a new tab. */
  async function openExtensionPage(path: string): Promise<Page> {
    const page = await newPage();
    // Firefox 153 over BiDi loads moz-extension:// pages but never reports the navigation done
    // (page.goto times out): start it, then wait for the page to be the extension's.
    page.goto(`${extensionOrigin}/${path}`, { timeout: 0 }).catch(() => {});
    // Polled by hand: evaluating while the navigation swaps documents can throw inside BiDi.
    const isExtensionPage = () => location.protocol === 'moz-extension:' && document.readyState === 'complete';
    const deadline = Date.now() + 10_000;
    while (!(await page.evaluate(isExtensionPage).catch(() => false))) {
      if (Date.now() > deadline) throw new Error(`${extensionOrigin}/${path} did not load`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return page;
  }
  async function setStorage(values: Record<string, unknown>) {
    const page = await openExtensionPage('popup.html');
    await page.evaluate(
      (items) => (globalThis as unknown as { browser: StorageApi }).browser.storage.local.set(items),
      values,
    );
    await page.close();
  }
  return {
    browser,
    extensionId,
    extensionOrigin,
    strayRequests,
    newPage,
    openExtensionPage,
    setStorage,
    close: () => browser.close(),
  };
}
