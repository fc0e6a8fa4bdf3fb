import { describe, expect, it } from 'vitest';
import { MARK_STYLES, markStyleCss } from '../../../src/settings/mark-style.ts';

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
