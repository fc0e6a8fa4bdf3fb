import { runLater, type CancelLater } from '../page/run-later.ts';
import { isSameSpan, type TermSpan } from '../page/term-span.ts';
import type { Anchor, Tooltip } from './tooltip.ts';

/** Hide this long after the pointer leaves, so it can travel onto the tooltip (WCAG 1.4.13). */
export const HIDE_GRACE_MS = 200;
/** A touch that moves further than this is a scroll, not a tap. */
const TAP_SLOP_PX = 10;

export interface HoverIntentOptions {
  /**
   * The marked term under a viewport point (term-span.ts). `target` is the event's innermost
   * target, inside open shadow roots, whose text a point alone does not reach.
   */
  hitTest: (x: number, y: number, target?: EventTarget) => TermSpan | undefined;
  anchorOf: (span: TermSpan) => Anchor;
  tooltip: Tooltip;
  /** Milliseconds the pointer rests on a term before its tooltip opens (the setting `hoverDelayMs`). */
  delayMs: number;
  /** @default HIDE_GRACE_MS */
  graceMs?: number;
  /** Runs a pointer hit test; once per animation frame in the browser. @default requestAnimationFrame */
  scheduleFrame?: (run: () => void) => void;
}

/** How the tooltip was opened decides what closes it. */
type Opener = 'hover' | 'tap' | 'keyboard';

export interface HoverIntent {
  /** Opens a term's tooltip now (next/previous term, "Show" in the popup). */
  open(span: TermSpan, opener: Opener): void;
  destroy(): void;
}

/**
 * When the tooltip shows and hides. Hover: after a short rest on a term, hidden after a grace
 * period once the pointer leaves both term and tooltip. Tap: opens at once, a tap elsewhere
 * closes. WCAG 2.2 SC 1.4.13: Esc dismisses without moving the pointer (and the term stays
 * dismissed until the pointer leaves it); the pointer can rest on the tooltip; nothing auto-hides.
 */
export function startHoverIntent(doc: Document, options: HoverIntentOptions): HoverIntent {
  const { hitTest, anchorOf, tooltip } = options;
  const { delayMs } = options;
  const graceMs = options.graceMs ?? HIDE_GRACE_MS;
  const view = doc.defaultView!;
  const scheduleFrame = options.scheduleFrame ?? ((run) => view.requestAnimationFrame(run));
  let shown: TermSpan | undefined;
  let opener: Opener = 'hover';
  let pending: TermSpan | undefined;
  let dismissed: TermSpan | undefined;
  // Not `setTimeout`: it never fires on a site whose JavaScript is blocked (run-later.ts).
  let showTimer: CancelLater | undefined;
  let hideTimer: CancelLater | undefined;
  let point: { x: number; y: number; target: EventTarget | undefined } | undefined;
  let isFrameScheduled = false;
  let touchStart: { x: number; y: number } | undefined;

  const cancelShow = () => {
    showTimer?.();
    showTimer = undefined;
    pending = undefined;
  };
  const cancelHide = () => {
    hideTimer?.();
    hideTimer = undefined;
  };
  const open = (span: TermSpan, by: Opener) => {
    cancelShow();
    cancelHide();
    shown = span;
    opener = by;
    tooltip.showEntry(span.entryId, anchorOf(span), { focus: by === 'keyboard' });
  };
  const close = () => {
    cancelShow();
    cancelHide();
    shown = undefined;
    tooltip.hide();
  };

  const onFrame = () => {
    isFrameScheduled = false;
    if (!point) return;
    const span = hitTest(point.x, point.y, point.target);
    if (!isSameSpan(span, dismissed)) dismissed = undefined;
    if (span && isSameSpan(span, shown)) {
      cancelShow();
      cancelHide();
      return;
    }
    if (span && !isSameSpan(span, dismissed)) {
      if (isSameSpan(span, pending)) return;
      cancelShow();
      pending = span;
      showTimer = runLater(view, () => open(span, 'hover'), delayMs);
      return;
    }
    cancelShow();
    if (shown && opener === 'hover' && hideTimer === undefined) hideTimer = runLater(view, close, graceMs);
  };

  const onPointerMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    if (tooltip.isInside(event)) {
      point = undefined;
      cancelShow();
      cancelHide();
      return;
    }
    point = { x: event.clientX, y: event.clientY, target: event.composedPath()[0] };
    if (!isFrameScheduled) {
      isFrameScheduled = true;
      scheduleFrame(onFrame);
    }
  };

  const onMouseOut = (event: MouseEvent) => {
    // The pointer left the window: nothing is under it any more.
    if (event.relatedTarget !== null) return;
    cancelShow();
    if (shown && opener === 'hover') hideTimer ??= runLater(view, close, graceMs);
  };

  const onPointerDown = (event: PointerEvent) => {
    if (event.pointerType === 'touch') touchStart = { x: event.clientX, y: event.clientY };
    // Taps are handled on pointerup (a touch that moves is a scroll); a click elsewhere closes.
    if (event.pointerType === 'touch' || !tooltip.isShown || tooltip.isInside(event)) return;
    if (!shown || !isSameSpan(hitTest(event.clientX, event.clientY, event.composedPath()[0]), shown)) close();
  };

  const onPointerUp = (event: PointerEvent) => {
    if (event.pointerType !== 'touch' || !touchStart || tooltip.isInside(event)) return;
    const isTap = Math.hypot(event.clientX - touchStart.x, event.clientY - touchStart.y) <= TAP_SLOP_PX;
    touchStart = undefined;
    if (!isTap) return;
    const span = hitTest(event.clientX, event.clientY, event.composedPath()[0]);
    if (span) open(span, 'tap');
    else if (tooltip.isShown) close();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !tooltip.isShown) return;
    // The tooltip is the topmost thing on the page: Esc is ours, not the page's.
    event.preventDefault();
    event.stopPropagation();
    dismissed = shown;
    close();
  };

  const listen = { capture: true, passive: true } as const;
  view.addEventListener('pointermove', onPointerMove, listen);
  view.addEventListener('pointerdown', onPointerDown, listen);
  view.addEventListener('pointerup', onPointerUp, listen);
  doc.addEventListener('mouseout', onMouseOut, listen);
  view.addEventListener('keydown', onKeyDown, { capture: true });
  return {
    open,
    destroy() {
      close();
      view.removeEventListener('pointermove', onPointerMove, listen);
      view.removeEventListener('pointerdown', onPointerDown, listen);
      view.removeEventListener('pointerup', onPointerUp, listen);
      doc.removeEventListener('mouseout', onMouseOut, listen);
      view.removeEventListener('keydown', onKeyDown, { capture: true });
    },
  };
}
