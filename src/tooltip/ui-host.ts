import { UI_HOST_TAG } from '../page/skip-rules.ts';

/** The extension's own UI on a page: one element outside `<body>`, everything inside its shadow root. */
export interface UiHost {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** Where tooltips are appended. */
  readonly container: HTMLElement;
  /** Puts the host back if the page removed it (single-page apps replace whole documents' children). */
  ensureAttached(): void;
  destroy(): void;
}

// Inline and !important: a page's own `* { display: none !important }` loses to them, and the
// page's layout is not disturbed (fixed, zero size). Not `all: initial`: text spacing must stay
// adjustable by a reader's own stylesheet (WCAG 1.4.12; axe's avoid-inline-spacing).
const HOST_STYLE: Readonly<Record<string, string>> = {
  display: 'block',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'z-index': '2147483647',
};

/**
 * Creates the host lazily-called by the tooltip. It goes after `<body>` (in `<html>`), so the
 * page's body markup stays byte-identical; the shadow root keeps page CSS out and ours in. The
 * root is open so that end-to-end tests (and assistive tools) can read the tooltip.
 */
export function createUiHost(doc: Document, css: string): UiHost {
  const view = doc.defaultView!;
  const host = doc.createElement(UI_HOST_TAG);
  for (const [property, value] of Object.entries(HOST_STYLE)) host.style.setProperty(property, value, 'important');
  const root = host.attachShadow({ mode: 'open' });
  // A constructed sheet, not a <style>: a page's `style-src` CSP does not apply to it.
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  const container = doc.createElement('div');
  container.className = 'tl-root';
  root.append(container);
  doc.documentElement.append(host);
  return {
    host,
    root,
    container,
    ensureAttached() {
      if (!host.isConnected) doc.documentElement.append(host);
    },
    destroy: () => host.remove(),
  };
}
