import { createGlossaryIndex } from '../glossary/glossary-index.ts';
import type { CurrentMark } from '../page/current-mark.ts';
import { hasHealthSignal } from '../page/health-signal.ts';
import { markPage } from '../page/mark-page.ts';
import type { TermEngine } from '../page/term-engine.ts';
import { setEntryMarked } from '../settings/items.ts';
import { isManifestLook, markStyleCss } from '../settings/mark-style.ts';
import type { PageConfig } from '../settings/page-config.ts';
import { startPageTooltips, type PageTooltips } from '../tooltip/page-tooltips.ts';
import { matcherFor } from './matcher-for.ts';

export interface MarkingCss {
  /** highlight.css, adopted by open shadow roots (document styles stop at them). */
  highlight: string;
  /** tippy.js's CSS and the tooltip's, for the tooltip's shadow root. */
  tooltip: string;
}

/** What runs on a page for one set of settings; `engine` is undefined while marking is off here. */
export interface Marking {
  engine: TermEngine | undefined;
  tooltips: PageTooltips;
  destroy(): void;
}

export interface StartMarkingOptions {
  css: MarkingCss;
  currentMark: CurrentMark;
  onOpenReference: (entryId: string) => void;
}

/** Marks the page with `config` (if marking is on here) and starts the tooltips. */
export function startMarking(doc: Document, config: PageConfig, options: StartMarkingOptions): Marking {
  const { isMarking, packs, display } = config;
  let engine: TermEngine | undefined;
  if (isMarking) {
    engine = markPage(doc, {
      // Made in the engine's first slices, and measured with them.
      matcher: matcherFor(packs, display.hidden, display.hiddenEntries, { isHealthPage: hasHealthSignal(doc) }),
      // Red only where the matcher established the urgent sense (docs/sense.md).
      styleOf: (term) => (term.isUrgent ? 'urgent' : 'term'),
      policy: display.policy,
      highlightCss: options.css.highlight,
      // The defaults' look is highlight.css's: no sheet, which would restyle the whole page (mark-page.ts).
      styleCss: isManifestLook(display.style, display.color) ? undefined : markStyleCss(display.style, display.color),
    });
  }
  let tooltips: PageTooltips;
  try {
    // Even with marking off here, the context-menu lookup still answers.
    tooltips = startPageTooltips(doc, {
      glossary: createGlossaryIndex(packs),
      css: options.css.tooltip,
      index: () => engine?.index,
      currentMark: options.currentMark,
      delayMs: display.delayMs,
      onOpenReference: options.onOpenReference,
      // Stored in storage.local: every open tab restarts without the entry (PAGE_CONFIG_ITEMS).
      onDontMark: (entryId) => setEntryMarked(entryId, false),
      hiddenEntries: display.hiddenEntries,
    });
  } catch (error) {
    engine?.destroy();
    throw error;
  }
  return {
    engine,
    tooltips,
    destroy() {
      tooltips.destroy();
      engine?.destroy();
    },
  };
}
