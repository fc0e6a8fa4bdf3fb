import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDriver, type BrowserDriver, type DriverOptions } from './drivers.ts';
import type { BrowserName } from './extension-paths.ts';

/**
 * Runs a suite in Chromium and in Firefox, each with the built extension, then checks that the
 * browser made no request beyond the fixture server and the extension's own files.
 * `origin` is read when the browser starts (the fixture server starts in `beforeAll`).
 */
export function inEachBrowser(
  title: string,
  origin: () => string,
  tests: (driver: () => BrowserDriver, name: BrowserName) => void,
  options?: DriverOptions,
): void {
  describe.each(['chromium', 'firefox'] as const)(`${title} in %s`, (name) => {
    let driver: BrowserDriver;
    beforeAll(async () => {
      driver = await launchDriver(name, origin(), options);
    });
    afterAll(() => driver?.close());
    tests(() => driver, name);
    it('made no request beyond the fixture server and its own files', () => {
      expect(driver.strayRequests).toEqual([]);
    });
  });
}
