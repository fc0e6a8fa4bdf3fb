import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { isAllowedRequest, requireBrowserAndBuild } from './extension-paths.ts';

export interface FirefoxSession {
  browser: Browser;
  extensionId: string;
  /** A new tab whose requests are checked against the allow-list. */
  newPage(): Promise<Page>;
  /** Every request a page made that was neither a fixture nor an extension file. */
  strayRequests: string[];
  close(): Promise<void>;
}

/** Debian's Firefox ESR over WebDriver BiDi, with the built extension installed as a temporary add-on. */
export async function launchFirefox(fixtureOrigin: string): Promise<FirefoxSession> {
  const { binary, extensionDir } = requireBrowserAndBuild('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: binary,
    headless: true,
    extraPrefsFirefox: {
      // Keep the browser itself quiet on a machine without a network.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
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
  return { browser, extensionId, strayRequests, newPage, close: () => browser.close() };
}
