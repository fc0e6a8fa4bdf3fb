// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markStyleCss } from '../../../src/settings/mark-style.ts';
import { markColor } from '../../../src/settings/items.ts';
import { SHADOW_UI_CSS } from '../../../src/ui/shadow-styles.ts';
import { MARK_COLOR, TOKENS_CSS, tokenValue, URGENT_COLOR } from '../../../src/ui/tokens.ts';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const COLOUR_LITERAL = /#[0-9a-f]{3,8}\b|\brgba?\((?!0 0 0)/i;

/** The `--tl-*` colours of one block of tokens.css: the light one, or the light one with the dark overrides. */
function palette(scheme: 'light' | 'dark'): Record<string, string> {
  const declarations = (css: string) =>
    Object.fromEntries(
      [...css.matchAll(/(--tl-[\w-]+):\s*(#[0-9a-f]{6});/gi)].map(([, name, value]) => [name!, value!]),
    );
  const [light = '', rest = ''] = TOKENS_CSS.split('@media (prefers-color-scheme: dark)');
  const dark = rest.split('@media')[0]!;
  return scheme === 'light' ? declarations(light) : { ...declarations(light), ...declarations(dark) };
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((at) => {
      const c = parseInt(hex.slice(at, at + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

describe('colour tokens', () => {
  // axe checks the light scheme in the browsers (tests/e2e/accessibility.test.ts); this checks both.
  it.each(['light', 'dark'] as const)('meet WCAG AA contrast in the %s scheme', (scheme) => {
    const tokens = palette(scheme);
    const pairs: [string, string, number][] = [
      ['--tl-fg', '--tl-bg', 4.5],
      ['--tl-muted', '--tl-bg', 4.5],
      ['--tl-fg', '--tl-line', 4.5],
      ['--tl-muted', '--tl-line', 4.5],
      ['--tl-accent', '--tl-bg', 4.5],
      ['--tl-urgent-fg', '--tl-urgent-bg', 4.5],
      ['--tl-urgent-fg', '--tl-bg', 4.5],
      ['--tl-urgent', '--tl-bg', 3],
      ['--tl-focus', '--tl-bg', 3],
      ['--tl-mark', '--tl-bg', 3],
    ];
    for (const [text, background, minimum] of pairs)
      expect(
        contrast(tokens[text]!, tokens[background]!),
        `${scheme}: ${text} on ${background}`,
      ).toBeGreaterThanOrEqual(minimum);
  });

  it('are declared for extension pages (:root) and the tooltip’s shadow root (:host), light, dark and forced', () => {
    const blocks = TOKENS_CSS.match(/:root,\s*:host\s*\{/g) ?? [];
    expect(blocks).toHaveLength(3);
    expect(TOKENS_CSS).toMatch(/prefers-color-scheme: dark/);
    expect(TOKENS_CSS).toMatch(/forced-colors: active/);
    expect(SHADOW_UI_CSS.startsWith(TOKENS_CSS)).toBe(true);
  });

  it('are the one source of colours: the tooltip, the card and the pages use var(--tl-…) only', () => {
    for (const path of [
      'src/tooltip/tooltip.css',
      'src/ui/entry-card.css',
      'src/ui/link-button.css',
      'src/ui/extension-page.css',
    ]) {
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

  it('are the colours of the page’s own stylesheet, which cannot read them (src/page/highlight.css)', () => {
    const css = read('src/page/highlight.css');
    const ruleOf = (name: string) => new RegExp(`^::highlight\\(${name}\\)\\s*\\{([^}]*)\\}`, 'm').exec(css)?.[1];
    expect(ruleOf('termlight')).toContain(`text-decoration-color: ${MARK_COLOR};`);
    expect(ruleOf('termlight-urgent')).toContain(`text-decoration-color: ${URGENT_COLOR};`);
  });

  it('throw for a token that is not declared (a mistake in our code)', () => {
    expect(() => tokenValue('--tl-nothing')).toThrow(/declares no --tl-nothing/);
  });
});
