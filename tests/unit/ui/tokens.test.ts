// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markStyleCss } from '../../../src/settings/mark-style.ts';
import { markColor } from '../../../src/settings/items.ts';
import { SHADOW_UI_CSS } from '../../../src/ui/shadow-styles.ts';
import { MARK_COLOR, TOKENS_CSS, tokenValue, URGENT_COLOR } from '../../../src/ui/tokens.ts';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const COLOUR_LITERAL = /#[0-9a-f]{3,8}\b|\brgba?\((?!0 0 0)/i;

describe('colour tokens', () => {
  it('are declared for extension pages (:root) and the tooltip’s shadow root (:host), light, dark and forced', () => {
    const blocks = TOKENS_CSS.match(/:root,\s*:host\s*\{/g) ?? [];
    expect(blocks).toHaveLength(3);
    expect(TOKENS_CSS).toMatch(/prefers-color-scheme: dark/);
    expect(TOKENS_CSS).toMatch(/forced-colors: active/);
    expect(SHADOW_UI_CSS.startsWith(TOKENS_CSS)).toBe(true);
  });

  it('are the one source of colours: the tooltip, the card and the pages use var(--tl-…) only', () => {
    for (const path of ['src/tooltip/tooltip.css', 'src/ui/entry-card.css', 'src/ui/extension-page.css']) {
      const css = read(path);
      expect(css, path).not.toMatch(COLOUR_LITERAL);
      for (const [, name] of css.matchAll(/var\((--[\w-]+)\)/g))
        expect(TOKENS_CSS, `${path}: ${name}`).toContain(`${name}:`);
    }
    expect(read('src/ui/extension-page.css')).toContain("@import './tokens.css';");
    // The popup takes shared styles from src/ui, not the tooltip's.
    expect(read('entrypoints/popup/index.html')).not.toContain('tooltip.css');
  });

  it('give the marks their default colours: the setting’s default and the urgent red', () => {
    expect(tokenValue('--tl-mark')).toBe('#0d9488');
    expect(markColor.fallback).toBe(MARK_COLOR);
    expect(markStyleCss('dotted', '#123456')).toMatch(
      new RegExp(`::highlight\\(termlight-urgent\\)[^}]*${URGENT_COLOR}`),
    );
    expect(URGENT_COLOR).toBe(tokenValue('--tl-urgent'));
  });

  it('throw for a token that is not declared (a mistake in our code)', () => {
    expect(() => tokenValue('--tl-nothing')).toThrow(/declares no --tl-nothing/);
  });
});
