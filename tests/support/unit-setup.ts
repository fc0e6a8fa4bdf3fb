// Runs before each unit test file. The suite shares one happy-dom window and one module graph
// across the files of a worker (`isolate: false` in .config/vitest.config.ts: creating happy-dom
// per file was 60 % of the suite's time), so each file starts as it would in a fresh window:
// an empty document, an empty fake browser (storage, listeners), real timers and no spies.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

fakeBrowser.reset();
vi.useRealTimers();
vi.restoreAllMocks();
// Files marked `@vitest-environment node` have no document.
if (typeof document !== 'undefined') {
  document.head.replaceChildren();
  document.body.replaceChildren();
  for (const name of document.body.getAttributeNames()) document.body.removeAttribute(name);
  document.adoptedStyleSheets = [];
}
