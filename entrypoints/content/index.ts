import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import tippyCss from 'tippy.js/dist/tippy.css?raw';
import { createGlossaryIndex } from '../../src/glossary/glossary-index.ts';
import { matcherFor } from '../../src/matcher/matcher-for.ts';
import { listen } from '../../src/messaging/listen.ts';
import { ToContentSchema, type ToBackground, type ToContent } from '../../src/messaging/messages.ts';
// Injected through the manifest, so a page's Content-Security-Policy cannot block the styles;
// the same text is adopted by open shadow roots, which document styles do not reach.
import '../../src/page/highlight.css';
import highlightCss from '../../src/page/highlight.css?raw';
import { createCurrentMark } from '../../src/page/current-mark.ts';
import { markPage } from '../../src/page/mark-page.ts';
import { markStyleCss } from '../../src/page/mark-style.ts';
import type { TermEngine } from '../../src/page/term-engine.ts';
import { PAGE_CONFIG_ITEMS, readPageConfig } from '../../src/settings/page-config.ts';
import { answerContentMessage } from '../../src/tooltip/answer-content-message.ts';
import { startPageTooltips, type PageTooltips } from '../../src/tooltip/page-tooltips.ts';
import tooltipCss from '../../src/tooltip/tooltip.css?raw';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    // XML and SVG documents have no body; the Custom Highlight API is Chrome 105+ / Firefox 140+.
    if (!document.body || !('highlights' in CSS)) return;
    const currentMark = createCurrentMark(window);
    let engine: TermEngine | undefined;
    let tooltips: PageTooltips | undefined;
    const stop = () => {
      tooltips?.destroy();
      engine?.destroy();
      [tooltips, engine] = [undefined, undefined];
    };
    let settled = Promise.resolve();
    let isQueued = false;
    // Chained, so two settings changing together cannot leave two engines running; coalesced, so
    // a reset (seven settings at once) reads the page once, with the settings as they end up.
    const restart = () => {
      if (isQueued) return settled;
      isQueued = true;
      return (settled = settled.then(async () => {
        isQueued = false;
        stop();
        const { isMarking, packs, display } = await readPageConfig(location.hostname);
        if (ctx.isInvalid) return;
        if (isMarking) {
          // Made in the engine's first slices, and measured with them.
          const matcher = matcherFor(packs, display.hidden);
          const styleCss = markStyleCss(display.style, display.color);
          engine = markPage(document, { matcher, packs, policy: display.policy, highlightCss, styleCss });
        }
        // Even with marking off here, the context-menu lookup still answers.
        tooltips = startPageTooltips(document, {
          glossary: createGlossaryIndex(packs),
          css: tippyCss + tooltipCss,
          index: () => engine?.index,
          currentMark,
          delayMs: display.delayMs,
          onOpenReference: (entryId) =>
            void browser.runtime.sendMessage({ type: 'open-reference', entryId } satisfies ToBackground),
        });
      }));
    };
    const answer = (message: ToContent) =>
      answerContentMessage(message, { engine, tooltips, host: location.hostname, isTop: window === window.top });
    // Settings take effect in open tabs at once: switching off removes every mark and observer.
    for (const item of PAGE_CONFIG_ITEMS) ctx.onInvalidated(item.watch(restart));
    ctx.onInvalidated(listen(browser.runtime.onMessage, browser.runtime.id, ToContentSchema, answer));
    ctx.onInvalidated(() => {
      stop();
      currentMark.destroy();
    });
    await restart();
    performance.mark('termlight:ready');
  },
});
