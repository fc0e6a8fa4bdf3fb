import type { GlossaryIndex } from '../glossary/glossary-index.ts';
import { searchGlossary } from '../glossary/search-glossary.ts';
import type { CurrentMark } from '../page/current-mark.ts';
import type { TermIndex } from '../page/term-index.ts';
import { stepSpan, type Direction } from '../page/term-order.ts';
import { spanRange, termAtPoint, type TermSpan } from '../page/term-span.ts';
import { startHoverIntent } from './hover-intent.ts';
import { renderLookupMiss } from './lookup-card.ts';
import { createTooltip, type Anchor } from './tooltip.ts';

/** A search score this high is the selection itself (a term, alias or abbreviation), not a guess. */
const EXACT_SCORE = 100;
const CLOSEST_COUNT = 3;

export interface PageTooltipsOptions {
  glossary: GlossaryIndex;
  /** tippy.js's CSS and the tooltip's, for the shadow root. */
  css: string;
  /** The engine's index; undefined while marking is off. */
  index: () => TermIndex | undefined;
  currentMark: CurrentMark;
  /** Milliseconds the pointer rests on a term before its tooltip opens (the setting `hoverDelayMs`). */
  delayMs: number;
  onOpenReference: (id: string) => void;
  /** "Don't mark this term" (see TooltipOptions). */
  onDontMark?: (id: string) => Promise<void>;
  /** Entries not marked already. @default none */
  hiddenEntries?: ReadonlySet<string>;
  /** Hit test at a viewport point. @default termAtPoint over the current index */
  hitTest?: (x: number, y: number, target?: EventTarget) => TermSpan | undefined;
}

export interface PageTooltips {
  /** Next/previous term (keyboard command, or "Show" for one entry): scroll to it, open its tooltip. */
  step(direction: Direction, entryId?: string): boolean;
  /** The context-menu lookup of selected text. */
  lookup(text: string): void;
  destroy(): void;
}

/** Keeps the last rect once a term's text leaves the page, so the tooltip does not jump to a corner. */
function anchorOf(span: TermSpan): Anchor {
  let last: DOMRect | undefined;
  return () => {
    const rect = spanRange(span).getBoundingClientRect();
    if (rect.width > 0 || rect.height > 0 || !last) last = rect;
    return last;
  };
}

/** Everything a reader touches on a page: hover, tap and keyboard tooltips, and the lookup. */
export function startPageTooltips(doc: Document, options: PageTooltipsOptions): PageTooltips {
  const view = doc.defaultView!;
  const tooltip = createTooltip(doc, {
    glossary: options.glossary,
    css: options.css,
    onOpenReference: options.onOpenReference,
    onDontMark: options.onDontMark,
    hiddenEntries: options.hiddenEntries,
  });
  const hitTest =
    options.hitTest ??
    ((x: number, y: number, target?: EventTarget) => {
      const index = options.index();
      return index && termAtPoint(doc, index, x, y, target);
    });
  const hover = startHoverIntent(doc, { hitTest, anchorOf, tooltip, delayMs: options.delayMs });
  let current: TermSpan | undefined;

  return {
    step(direction, entryId) {
      const index = options.index();
      const span = index && stepSpan(index, current, direction, doc, entryId);
      if (!span) return false;
      current = span;
      const range = spanRange(span);
      options.currentMark.set(range);
      const rect = range.getBoundingClientRect();
      if (rect.top < 0 || rect.bottom > view.innerHeight)
        span.block.nodes[0]!.parentElement?.scrollIntoView({ block: 'center' });
      hover.open(span, 'keyboard');
      return true;
    },
    lookup(text) {
      const selection = doc.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : undefined;
      const anchor: Anchor = () => range?.getBoundingClientRect() ?? new DOMRect(view.innerWidth / 2, 0, 0, 0);
      const hits = searchGlossary(options.glossary.packs, text, CLOSEST_COUNT);
      const best = hits[0];
      if (best && best.score >= EXACT_SCORE)
        tooltip.showEntry(`${best.pack.id}/${best.entry.id}`, anchor, { focus: true });
      else
        tooltip.showContent(
          renderLookupMiss(doc, text.trim(), hits, (id) => tooltip.showEntry(id, anchor, { focus: true })),
          anchor,
          { focus: true },
        );
    },
    destroy() {
      hover.destroy();
      tooltip.destroy();
      options.currentMark.set(undefined);
    },
  };
}
