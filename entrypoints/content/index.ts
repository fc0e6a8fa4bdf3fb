import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import tippyCss from 'tippy.js/dist/tippy.css?raw';
import { BUNDLED_PACKS } from '../../src/glossary/bundled-packs.ts';
import { createGlossaryIndex } from '../../src/glossary/glossary-index.ts';
import { entriesFromPacks } from '../../src/matcher/entries-from-packs.ts';
import { lazyMatcher } from '../../src/matcher/lazy-matcher.ts';
import { listen } from '../../src/messaging/listen.ts';
import { ToContentSchema, type ToBackground } from '../../src/messaging/messages.ts';
// Injected through the manifest, so a page's Content-Security-Policy cannot block the styles;
// the same text is adopted by open shadow roots, which document styles do not reach.
import '../../src/page/highlight.css';
import highlightCss from '../../src/page/highlight.css?raw';
import { createCurrentMark } from '../../src/page/current-mark.ts';
import { markPage } from '../../src/page/mark-page.ts';
import type { TermEngine } from '../../src/page/term-engine.ts';
import { markingEnabled, occurrencePolicy, readOccurrencePolicy } from '../../src/settings/items.ts';
import { answerContentMessage } from '../../src/tooltip/answer-content-message.ts';
import { startPageTooltips } from '../../src/tooltip/page-tooltips.ts';
import tooltipCss from '../../src/tooltip/tooltip.css?raw';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    // XML and SVG documents have no body; the Custom Highlight API is Chrome 105+ / Firefox 140+.
    if (!document.body || !('highlights' in CSS)) return;
    const packs = BUNDLED_PACKS;
    // Compiled inside the first slice of work that has text to match, and measured with it.
    const matcher = lazyMatcher(() => entriesFromPacks(packs));
    let engine: TermEngine | undefined;
    let settled = Promise.resolve();
    // Chained, so two settings changing together cannot leave two engines running.
    const restart = () =>
      (settled = settled.then(async () => {
        engine?.destroy();
        engine = undefined;
        if (ctx.isInvalid || !(await markingEnabled.getValue())) return;
        const policy = await readOccurrencePolicy();
        engine = markPage(document, { matcher, packs, policy, highlightCss });
      }));
    const tooltips = startPageTooltips(document, {
      glossary: createGlossaryIndex(packs),
      css: tippyCss + tooltipCss,
      index: () => engine?.index,
      currentMark: createCurrentMark(window),
      onOpenReference: (entryId) =>
        void browser.runtime.sendMessage({ type: 'open-reference', entryId } satisfies ToBackground),
    });
    const answer = (message: Parameters<typeof answerContentMessage>[0]) =>
      answerContentMessage(message, { engine, tooltips, host: location.hostname, isTop: window === window.top });
    // Settings take effect in open tabs at once: toggling off removes every mark and observer.
    ctx.onInvalidated(markingEnabled.watch(restart));
    ctx.onInvalidated(occurrencePolicy.watch(restart));
    ctx.onInvalidated(listen(browser.runtime.onMessage, browser.runtime.id, ToContentSchema, answer));
    ctx.onInvalidated(() => {
      tooltips.destroy();
      engine?.destroy();
    });
    await restart();
    performance.mark('termlight:ready');
  },
});
