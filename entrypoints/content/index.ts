import { defineContentScript } from 'wxt/utils/define-content-script';
import { BUNDLED_PACKS } from '../../src/glossary/bundled-packs.ts';
import { entriesFromPacks } from '../../src/matcher/entries-from-packs.ts';
import { lazyMatcher } from '../../src/matcher/lazy-matcher.ts';
// Injected through the manifest, so a page's Content-Security-Policy cannot block the styles;
// the same text is adopted by open shadow roots, which document styles do not reach.
import '../../src/page/highlight.css';
import highlightCss from '../../src/page/highlight.css?raw';
import { markPage } from '../../src/page/mark-page.ts';
import type { TermEngine } from '../../src/page/term-engine.ts';
import { markingEnabled, occurrencePolicy, readOccurrencePolicy } from '../../src/settings/items.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    // Compiled inside the first slice of work that has text to match, and measured with it.
    const matcher = lazyMatcher(() => entriesFromPacks(BUNDLED_PACKS));
    let engine: TermEngine | undefined;
    let settled = Promise.resolve();
    // Chained, so two settings changing together cannot leave two engines running.
    const restart = () =>
      (settled = settled.then(async () => {
        engine?.destroy();
        engine = undefined;
        if (ctx.isInvalid || !(await markingEnabled.getValue())) return;
        const policy = await readOccurrencePolicy();
        engine = markPage(document, { matcher, packs: BUNDLED_PACKS, policy, highlightCss });
      }));
    // Settings take effect in open tabs at once: toggling off removes every mark and observer.
    ctx.onInvalidated(markingEnabled.watch(restart));
    ctx.onInvalidated(occurrencePolicy.watch(restart));
    ctx.onInvalidated(() => engine?.destroy());
    await restart();
    performance.mark('termlight:ready');
  },
});
