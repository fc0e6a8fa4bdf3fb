import entryCardCss from './entry-card.css?raw';
import linkButtonCss from './link-button.css?raw';
import { TOKENS_CSS } from './tokens.ts';

/**
 * What src/ui gives a shadow root (the tooltip's): the colour tokens, declared on `:host` there,
 * the link buttons' and the entry card's styles. Extension pages get the same files through extension-page.css.
 */
export const SHADOW_UI_CSS = `${TOKENS_CSS}\n${linkButtonCss}\n${entryCardCss}`;
