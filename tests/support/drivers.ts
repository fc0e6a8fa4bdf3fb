import type { CDPSession } from 'playwright-core';
import type { BrowserName } from './extension-paths.ts';
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';

/** A page, whichever tool drives its browser. */
export interface PageHandle {
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Evaluates in the page's first child frame. */
  evaluateInFrame<T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Runs a script's source text in the page (to inject axe-core). */
  addScript(source: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  tap(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Types text with the keyboard into whatever has focus. */
  type(text: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /**
   * After a forced garbage collection: DOM nodes, JS event listeners and JS heap of the page's
   * process (content scripts included). Chromium only (CDP); undefined in Firefox.
   */
  memory(): Promise<MemoryCounters | undefined>;
  /** Console errors and uncaught exceptions of the page, since it was opened. */
  errors: string[];
  close(): Promise<void>;
}

export interface MemoryCounters {
  nodes: number;
  listeners: number;
  heapBytes: number;
}

/** One browser with the built extension: the same calls for Playwright/Chromium and Puppeteer/Firefox. */
export interface BrowserDriver {
  open(url: string): Promise<PageHandle>;
  /** One of the extension's own pages (`popup.html`, `options.html`), opened in a tab. */
  openExtensionPage(path: string): Promise<PageHandle>;
  setStorage(values: Record<string, unknown>): Promise<void>;
  /** Addresses of every open tab. */
  tabUrls(): Promise<string[]>;
  /** Requests that were neither the fixture server's nor the extension's own files. */
  strayRequests: string[];
  close(): Promise<void>;
}

/** What Playwright's and Puppeteer's pages share, as far as these tests go. */
interface ToolPage {
  evaluate(fn: never, arg?: unknown): Promise<unknown>;
  frames(): { evaluate(fn: never, arg?: unknown): Promise<unknown> }[];
  mouse: { move(x: number, y: number): Promise<void> };
  touchscreen: { tap(x: number, y: number): Promise<void> };
  keyboard: { press(key: never): Promise<void>; type(text: string): Promise<void> };
  screenshot(options: { path: string }): Promise<unknown>;
  // Both tools' `on` are typed over their own event maps; the two events used here are alike.
  on(event: never, listener: never): unknown;
  close(): Promise<void>;
}

function handleOf(page: ToolPage): PageHandle {
  const errors: string[] = [];
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error') errors.push(message.text());
  };
  page.on('console' as never, onConsole as never);
  page.on('pageerror' as never, ((error: Error) => void errors.push(String(error))) as never);
  return {
    errors,
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateInFrame: (fn, arg) => page.frames()[1]!.evaluate(fn as never, arg) as never,
    addScript: async (source) => void (await page.evaluate(source as never)),
    mouseMove: (x, y) => page.mouse.move(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path) => void (await page.screenshot({ path })),
    memory: () => Promise.resolve(undefined),
    close: () => page.close(),
  };
}

/** Chromium's memory counters through the DevTools protocol. */
async function chromiumMemory(session: CDPSession): Promise<MemoryCounters> {
  await session.send('HeapProfiler.collectGarbage');
  const counters = await session.send('Memory.getDOMCounters');
  const heap = await session.send('Runtime.getHeapUsage');
  return { nodes: counters.nodes, listeners: counters.jsEventListeners, heapBytes: heap.usedSize };
}

export interface DriverOptions {
  /** Pages see `forced-colors: active` and `prefers-reduced-motion: reduce`. @default false */
  accessibilityMedia?: boolean;
  /** Pages' own JavaScript blocked in the browser's settings; content scripts still run. @default false */
  isPageJavaScriptBlocked?: boolean;
}

export async function launchDriver(
  name: BrowserName,
  fixtureOrigin: string,
  options: DriverOptions = {},
): Promise<BrowserDriver> {
  if (name === 'chromium') {
    const session = await launchChromium(fixtureOrigin, {
      accessibilityMedia: options.accessibilityMedia,
      isPageJavaScriptBlocked: options.isPageJavaScriptBlocked,
    });
    return {
      async open(url) {
        const page = await session.context.newPage();
        const handle = handleOf(page);
        const cdp = await session.context.newCDPSession(page);
        handle.memory = () => chromiumMemory(cdp);
        await page.goto(url);
        return handle;
      },
      async openExtensionPage(path) {
        const page = await session.context.newPage();
        await page.goto(`chrome-extension://${session.extensionId}/${path}`);
        return handleOf(page);
      },
      setStorage: (values) => session.setStorage(values),
      tabUrls: () => Promise.resolve(session.context.pages().map((page) => page.url())),
      strayRequests: session.strayRequests,
      close: () => session.close(),
    };
  }
  const session = await launchFirefox(fixtureOrigin, {
    accessibilityMedia: options.accessibilityMedia,
    isPageJavaScriptBlocked: options.isPageJavaScriptBlocked,
  });
  return {
    async open(url) {
      const page = await session.newPage();
      const handle = handleOf(page);
      await page.goto(url);
      return handle;
    },
    openExtensionPage: async (path) => handleOf(await session.openExtensionPage(path)),
    setStorage: (values) => session.setStorage(values),
    // Firefox over BiDi reports moz-extension:// tabs as about:blank: ask each document instead.
    tabUrls: async () =>
      Promise.all(
        (await session.browser.pages()).map((page) => page.evaluate(() => location.href).catch(() => page.url())),
      ),
    strayRequests: session.strayRequests,
    close: () => session.close(),
  };
}
