// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isManifestLook, MARK_STYLES, markStyleCss } from '../../../src/settings/mark-style.ts';
import { MARK_COLOR, URGENT_COLOR } from '../../../src/ui/tokens.ts';

describe('markStyleCss', () => {
  it.each([
    ['dotted', /underline dotted #123456/],
    ['solid', /underline solid #123456/],
    ['tint', /color-mix\(in srgb, #123456 22%/],
    ['none', /text-decoration: none; background-color: transparent/],
  ] as const)('%s', (style, rule) => {
    const css = markStyleCss(style, '#123456');
    expect(css).toMatch(rule);
    // Urgent signs keep their red, whatever the colour chosen (unless marks are off altogether).
    if (style !== 'none') expect(css).toMatch(/::highlight\(termlight-urgent\)[^}]*#dc2626/);
  });

  it('keeps marks visible in forced colours, except when marks are off', () => {
    for (const style of MARK_STYLES)
      expect(markStyleCss(style, '#123456').includes('forced-colors')).toBe(style !== 'none');
  });
});

describe('isManifestLook', () => {
  it('is the defaults only: dotted, in the mark colour, however its hex is written', () => {
    expect(isManifestLook('dotted', MARK_COLOR)).toBe(true);
    expect(isManifestLook('dotted', MARK_COLOR.toUpperCase())).toBe(true);
    expect(isManifestLook('dotted', '#123456')).toBe(false);
    for (const style of MARK_STYLES.filter((name) => name !== 'dotted'))
      expect(isManifestLook(style, MARK_COLOR)).toBe(false);
  });

  it("is how highlight.css draws marks, so the page needs no sheet of the reader's for it", () => {
    const css = readFileSync(new URL('../../../src/page/highlight.css', import.meta.url), 'utf8');
    const ruleOf = (name: string) => new RegExp(`^::highlight\\(${name}\\)\\s*\\{([^}]*)\\}`, 'm').exec(css)?.[1];
    for (const [name, color] of [
      ['termlight', MARK_COLOR],
      ['termlight-urgent', URGENT_COLOR],
    ] as const) {
      const rule = ruleOf(name)!;
      for (const declaration of [
        'text-decoration-line: underline;',
        'text-decoration-style: dotted;',
        `text-decoration-color: ${color};`,
        'text-decoration-thickness: 2px;',
      ])
        expect(rule).toContain(declaration);
      expect(rule).not.toMatch(/background/);
      expect(markStyleCss('dotted', MARK_COLOR)).toMatch(
        new RegExp(`::highlight\\(${name}\\) \\{ text-decoration: underline dotted ${color} 2px;`),
      );
    }
  });
});
