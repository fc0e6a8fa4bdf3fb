import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import tippyCss from 'tippy.js/dist/tippy.css?raw';
import { answerContentMessage } from '../../src/content/answer-content-message.ts';
import { startContentLife } from '../../src/content/content-life.ts';
import { startMarking } from '../../src/content/start-marking.ts';
import { listen } from '../../src/messaging/listen.ts';
import { toContentSchema, type ToBackground, type ToContent } from '../../src/messaging/messages.ts';
import { createCurrentMark } from '../../src/page/current-mark.ts';
import { START_MARK } from '../../src/page/mark-page.ts';
// Injected through the manifest, so a page's Content-Security-Policy cannot block the styles;
// the same text is adopted by open shadow roots, which document styles do not reach.
import '../../src/page/highlight.css';
import highlightCss from '../../src/page/highlight.css?raw';
import { PAGE_CONFIG_ITEMS, readPageConfig } from '../../src/settings/page-config.ts';
import tooltipCss from '../../src/tooltip/tooltip.css?raw';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT tells an older copy of this script that a newer one started by an event on the document
  // (which its context listens for) and, for scripts built with older WXT, by `window.postMessage`
  // too. That post took 18–28 ms of the bundle's evaluation in Chromium 156, on every page and frame,
  // and every page's `message` listeners see it (docs/performance.md, "The bundle's evaluation";
  // rerun: node tests/bench/evaluation-parts.ts DIR).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    performance.mark(START_MARK);
    // XML and SVG documents have no body; the Custom Highlight API is Chrome 105+ / Firefox 140+.
    if (!document.body || !('highlights' in CSS)) return;
    const currentMark = createCurrentMark(window);
    const life = startContentLife({
      readConfig: () => readPageConfig(location.hostname),
      isInvalid: () => ctx.isInvalid,
      start: (config) =>
        startMarking(document, config, {
          css: { highlight: highlightCss, tooltip: tippyCss + tooltipCss },
          currentMark,
          onOpenReference: (entryId) =>
            void browser.runtime.sendMessage({ type: 'open-reference', entryId } satisfies ToBackground),
        }),
    });
    const answer = (message: ToContent) =>
      answerContentMessage(message, {
        engine: life.current?.engine,
        tooltips: life.current?.tooltips,
        host: location.hostname,
        isTop: window === window.top,
      });
    // Settings take effect in open tabs at once: switching off removes every mark and observer.
    for (const item of PAGE_CONFIG_ITEMS) ctx.onInvalidated(item.watch(() => void life.restart()));
    ctx.onInvalidated(listen(browser.runtime.onMessage, browser.runtime.id, toContentSchema, answer));
    ctx.onInvalidated(() => {
      life.destroy();
      currentMark.destroy();
    });
    await life.restart();
    performance.mark('termlight:ready');
  },
});
