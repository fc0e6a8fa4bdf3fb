import tippy, { type Instance } from 'tippy.js';
import type { GlossaryIndex } from '../glossary/glossary-index.ts';
import { renderEntryCard } from '../ui/entry-card.ts';
import { SHADOW_UI_CSS } from '../ui/shadow-styles.ts';
import { renderDontMarkFailure } from './dont-mark-failure.ts';
import { createUiHost, type UiHost } from './ui-host.ts';

export interface TooltipOptions {
  glossary: GlossaryIndex;
  /** tippy.js's CSS and the tooltip's frame, adopted by the shadow root after src/ui's tokens and card. */
  css: string;
  /** "Open in reference" was chosen for this entry. */
  onOpenReference: (id: string) => void;
  /**
   * "Don't mark this term" was chosen: store it (open tabs then mark again without it). Rejects
   * when storage refuses. Without it, cards offer no such button.
   */
  onDontMark?: (id: string) => Promise<void>;
  /** Entries not marked already (a lookup can still show one): no "Don't mark" on their card. @default none */
  hiddenEntries?: ReadonlySet<string>;
}

export interface ShowOptions {
  /** Move focus into the tooltip (opened from the keyboard); Esc gives it back. @default false */
  focus?: boolean;
}

/** Where the tooltip points: the term's rect, read again whenever the tooltip is placed. */
export type Anchor = () => DOMRect;

export interface Tooltip {
  /** Shows an entry's card at the anchor, replacing whatever was shown. */
  showEntry(id: string, anchor: Anchor, options?: ShowOptions): void;
  /** Shows any content (the lookup's "not in the glossary") at the anchor. */
  showContent(content: HTMLElement, anchor: Anchor, options?: ShowOptions): void;
  hide(): void;
  readonly isShown: boolean;
  /** Did this event happen inside the extension's UI (the pointer is on the tooltip)? */
  isInside(event: Event): boolean;
  destroy(): void;
}

/**
 * The one tooltip: tippy.js with a virtual reference, appended inside the extension's shadow
 * root, created on first use. Text only (`allowHTML: false`); tippy reads no `data-tippy-*`
 * attributes (`ignoreAttributes`). Shown and hidden by the caller (`trigger: 'manual'`), which owns
 * hover intent (hover-intent.ts): WCAG 1.4.13 asks for no auto-hide, which tippy never does.
 */
export function createTooltip(doc: Document, options: TooltipOptions): Tooltip {
  let ui: UiHost | undefined;
  let instance: Instance | undefined;
  let anchor: Anchor = () => new DOMRect();
  let returnFocusTo: Element | null = null;
  const view = doc.defaultView!;
  const reducedMotion = view.matchMedia('(prefers-reduced-motion: reduce)');

  const ensure = (): Instance => {
    ui?.ensureAttached();
    if (instance) return instance;
    ui = createUiHost(doc, `${SHADOW_UI_CSS}\n${options.css}`);
    // A detached element we own: tippy keeps its state on it, never on the page's nodes.
    const reference = doc.createElement('span');
    instance = tippy(reference, {
      appendTo: ui.container,
      getReferenceClientRect: () => anchor(),
      allowHTML: false,
      ignoreAttributes: true,
      interactive: true,
      trigger: 'manual',
      hideOnClick: false,
      placement: 'bottom-start',
      maxWidth: 360,
      theme: 'termlight',
      role: 'dialog',
      aria: { content: null, expanded: false },
      animation: 'fade',
      popperOptions: { strategy: 'fixed' },
    });
    return instance;
  };

  const showContent = (content: HTMLElement, nextAnchor: Anchor, show: ShowOptions = {}) => {
    const tip = ensure();
    anchor = nextAnchor;
    tip.setProps({ duration: reducedMotion.matches ? 0 : [150, 100] });
    tip.setContent(content);
    const heading = content.querySelector('h2');
    if (heading?.id) tip.popper.firstElementChild?.setAttribute('aria-labelledby', heading.id);
    if (tip.state.isVisible) tip.popperInstance?.update();
    else tip.show();
    if (show.focus) {
      returnFocusTo ??= doc.activeElement;
      const box = tip.popper.firstElementChild as HTMLElement;
      box.tabIndex = -1;
      box.focus({ preventScroll: true });
    }
  };

  const showEntry = (id: string, nextAnchor: Anchor, show?: ShowOptions) => {
    const ref = options.glossary.get(id);
    if (!ref) return;
    const card = renderEntryCard(doc, options.glossary, ref, {
      onRelated: (other) => showEntry(other, anchor, { focus: isFocusInside() }),
      onOpenReference: options.onOpenReference,
      onDontMark: options.onDontMark && !options.hiddenEntries?.has(id) ? dontMark : undefined,
    });
    showContent(card, nextAnchor, show);
  };

  // The tooltip closes first (focus goes back where it was): once stored, the content script
  // marks the page again without the entry, and this tooltip is replaced with it.
  const dontMark = (id: string) => {
    const term = options.glossary.get(id)?.entry.term ?? id;
    const [at, hadFocus] = [anchor, isFocusInside()];
    hide();
    options.onDontMark!(id).catch((error: unknown) =>
      showContent(renderDontMarkFailure(doc, term, error), at, { focus: hadFocus }),
    );
  };

  const isFocusInside = () => ui !== undefined && doc.activeElement === ui.host;

  const hide = () => {
    // Focus leaves at once, not after the fade: a hidden tooltip must not keep the keyboard.
    if (isFocusInside()) {
      (ui!.root.activeElement as HTMLElement | null)?.blur();
      if (returnFocusTo instanceof view.HTMLElement) returnFocusTo.focus({ preventScroll: true });
    }
    returnFocusTo = null;
    instance?.hide();
  };

  return {
    showEntry,
    showContent,
    hide,
    get isShown() {
      return instance?.state.isVisible ?? false;
    },
    isInside: (event) => ui !== undefined && event.composedPath().includes(ui.host),
    destroy() {
      instance?.destroy();
      ui?.destroy();
      instance = undefined;
      ui = undefined;
    },
  };
}
