import type { Match, Matcher } from '../matcher/matcher.ts';
import type { OccurrencePolicy } from '../matcher/occurrence-policy.ts';
import type { HighlightRegistry, MarkStyle } from './highlight-registry.ts';
import type { ViewportLook } from './viewport-anchors.ts';

// What a caller of the term engine may set and hears back, apart from the engine's work itself
// (term-engine.ts), which reads better without seventy lines of options before it.

export interface ScanDetail {
  /** Which pass: 0 is the first walk of the page, then one per batch of changes. */
  pass: number;
  blocks: number;
  matches: number;
  /** Terms given a range and painted in this slice. */
  painted: number;
}

export interface TermEngineOptions {
  matcher: Matcher;
  registry: HighlightRegistry;
  styleOf: (term: Match) => MarkStyle;
  /** @default 'all' */
  policy?: OccurrencePolicy;
  /** Keep marks up to date as the page changes. @default true */
  observe?: boolean;
  /**
   * Where the reader is looking. With it, ranges are made and painted only for marked blocks of the
   * page around the viewport, and more as the reader scrolls (viewport-painter.ts). Without it,
   * every term is painted at once.
   */
  viewport?: () => ViewportLook;
  /** Called for every open shadow root found, before its text is marked (to adopt the styles). */
  onShadowRoot?: (shadowRoot: ShadowRoot) => void;
  /** Called after each slice of work; the content script records it as a User Timing measure. */
  onSlice?: (start: number, end: number, detail: ScanDetail) => void;
  /**
   * When the first pass began, if the caller did work of its own for it first (adopting the
   * highlight styles): the first slice is reported from there, so the setup counts as the pass's.
   * @default the time of this call
   */
  startedAt?: number;
  /** Called whenever the queue of work drains, with the number of the last pass. */
  onIdle?: (pass: number) => void;
  /**
   * Called once, when the first marks are painted: around the viewport when `viewport` is given,
   * else the first at all. A page without terms never calls it.
   */
  onFirstPaint?: () => void;
  /** @default SLICE_MS */
  sliceMs?: number;
  /** @default yieldToMain */
  yieldToMain?: () => Promise<void>;
  /**
   * Makes the range of a marked term. A `StaticRange` costs nothing while the page changes (a live
   * `Range` is updated on every mutation); happy-dom has none, so tests pass their own.
   * @default (init) => new StaticRange(init)
   */
  createRange?: (init: StaticRangeInit) => AbstractRange;
  /** Runs the mutation batch; once per frame in the browser. @default requestAnimationFrame */
  scheduleBatch?: (run: () => void) => void;
  /** A root of more elements is read element by element (huge-descent.ts). @default HUGE_ELEMENTS */
  hugeElements?: number;
}
