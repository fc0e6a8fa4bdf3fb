import { MARK_COLOR, URGENT_COLOR } from '../ui/tokens.ts';

/**
 * How marked terms look (a setting):
 * - `dotted`: a dotted underline (default), leaving the page's own colours alone;
 * - `solid`: a solid underline;
 * - `tint`: a light background tint;
 * - `none`: no mark at all; tooltips still open on hover.
 */
export type MarkStyleName = 'dotted' | 'solid' | 'tint' | 'none';

export const MARK_STYLES: readonly MarkStyleName[] = ['dotted', 'solid', 'tint', 'none'];

function rule(name: string, style: MarkStyleName, color: string): string {
  switch (style) {
    case 'dotted':
    case 'solid':
      return `::highlight(${name}) { text-decoration: underline ${style} ${color} 2px; background-color: transparent; }`;
    case 'tint':
      return `::highlight(${name}) { text-decoration: none; background-color: color-mix(in srgb, ${color} 22%, transparent); }`;
    case 'none':
      return `::highlight(${name}) { text-decoration: none; background-color: transparent; }`;
  }
}

/**
 * Does highlight.css, which the manifest gives every page, draw the marks this way already (the
 * defaults: dotted, in the mark colour)? Then no rules of the reader's are needed.
 */
export const isManifestLook = (style: MarkStyleName, color: string): boolean =>
  style === 'dotted' && color.toLowerCase() === MARK_COLOR.toLowerCase();

/**
 * The mark rules for a style and colour. They follow highlight.css (loaded from the manifest, so
 * CSP-proof) in the cascade and override it; forced colours keep a visible system colour.
 * `color` must already be a checked `#rrggbb` value (settings/items.ts).
 */
export function markStyleCss(style: MarkStyleName, color: string): string {
  const rules = [rule('termlight', style, color), rule('termlight-urgent', style, URGENT_COLOR)];
  // Forced palettes drop background tints: an underline in a system colour stays visible.
  if (style !== 'none')
    rules.push(
      `@media (forced-colors: active) { ::highlight(termlight), ::highlight(termlight-urgent) { text-decoration: underline ${style === 'solid' ? 'solid' : 'dotted'} LinkText 2px; } }`,
    );
  return rules.join('\n');
}
