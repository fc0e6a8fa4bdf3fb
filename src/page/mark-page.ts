import type { Match, Matcher } from '../matcher/matcher.ts';
import { createCssHighlightRegistry, type MarkStyle } from './highlight-registry.ts';
import type { OccurrencePolicy } from '../matcher/occurrence-policy.ts';
import { startTermEngine, type TermEngine } from './term-engine.ts';
import { viewportLook } from './viewport-anchors.ts';

/** User Timing measure of each slice of work (devtools and `npm run bench` read it). */
export const SCAN_MEASURE = 'termlight:scan';
/** User Timing mark set each time all pending work is done. */
export const IDLE_MARK = 'termlight:idle';
/** User Timing mark set once, when the first marks around the viewport are registered. */
export const FIRST_PAINT_MARK = 'termlight:first-paint';
/** User Timing mark set when the content script starts (the benchmark times first paint from it). */
export const START_MARK = 'termlight:start';

export interface MarkPageOptions {
  matcher: Matcher;
  /** Which highlight a term gets: `urgent` (red) only where its urgent sense is established. */
  styleOf: (term: Match) => MarkStyle;
  policy: OccurrencePolicy;
  /** The highlight styles as CSS text, adopted by open shadow roots (document CSS stops at them). */
  highlightCss: string;
  /**
   * The reader's mark style (mark-style.ts), adopted by the document and by open shadow roots; none
   * where highlight.css, which the manifest gives every page, already draws the marks that way.
   */
  styleCss?: string;
}

/** Marks the terms of this document in `CSS.highlights` and keeps them current. */
export function markPage(doc: Document, options: MarkPageOptions): TermEngine | undefined {
  const view = doc.defaultView;
  // XML and SVG documents have no body; the Custom Highlight API is Chrome 105+ / Firefox 140+.
  if (!doc.body || !view || !('highlights' in view.CSS)) return undefined;
  const startedAt = performance.now();
  let shadowSheet: CSSStyleSheet | undefined;
  // A constructed sheet: a page's `style-src` CSP does not apply to it, and no element is added.
  // Adopting one makes the browser recompute the style of the whole page: on the 4,000-post bench
  // thread an `UpdateLayoutTree` of 0.1–0.4 s, which ran before the first marks when the page's
  // update came ahead of our next slice (docs/performance.md, "First marks in view, the tenth
  // session"; rerun: node tests/bench/first-paint-trace.ts DIR). So none without a style to add.
  const styleSheet = options.styleCss ? new view.CSSStyleSheet() : undefined;
  if (styleSheet) {
    styleSheet.replaceSync(options.styleCss!);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, styleSheet];
  }
  const engine = startTermEngine(doc.body, {
    matcher: options.matcher,
    registry: createCssHighlightRegistry(view),
    styleOf: options.styleOf,
    policy: options.policy,
    viewport: () => viewportLook(doc),
    onShadowRoot(shadowRoot) {
      if (!shadowSheet) {
        shadowSheet = new view.CSSStyleSheet();
        shadowSheet.replaceSync(`${options.highlightCss}\n${options.styleCss ?? ''}`);
      }
      shadowRoot.adoptedStyleSheets = [...shadowRoot.adoptedStyleSheets, shadowSheet];
    },
    startedAt,
    onSlice(start, end, detail) {
      performance.measure(SCAN_MEASURE, { start, end, detail });
    },
    onIdle(pass) {
      performance.mark(IDLE_MARK, { detail: { pass } });
    },
    onFirstPaint() {
      performance.mark(FIRST_PAINT_MARK);
    },
  });
  return {
    index: engine.index,
    idle: () => engine.idle(),
    destroy() {
      engine.destroy();
      if (styleSheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((sheet) => sheet !== styleSheet);
    },
  };
}
