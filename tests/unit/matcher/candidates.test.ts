import { describe, expect, it } from 'vitest';
import bundledTries from '../../../glossary/compiled/bundled-tries.json';
import { anywhereSource } from '../../../src/matcher/candidates.ts';

/** Where an expression (flags `gi`) matches, one place per start. */
function startsOf(source: string, text: string): number[] {
  const expression = new RegExp(source, 'gi');
  const starts: number[] = [];
  for (let found = expression.exec(text); found; found = expression.exec(text)) {
    starts.push(found.index);
    expression.lastIndex = found.index + 1;
  }
  return starts;
}

describe('anywhereSource', () => {
  it('drops the word-start condition and factors the words by their common starts', () => {
    const source = String.raw`\b(?=calf|calve|leg|o['’]brien)|(?=é|éa)|(?=[\u00ad\u200b])`;
    expect(anywhereSource(source)).toBe(String.raw`(?:cal(?:f|ve)|leg|o['’]brien)|é(?:a|)|[\u00ad\u200b]`);
    expect(startsOf(anywhereSource(source), 'foocalf, O’Brien, sé\u00ad')).toEqual([3, 9, 19, 20]);
  });

  it('finds what the bundled candidates find, also inside words', () => {
    const { candidates } = bundledTries as { candidates: string };
    const text = 'The calf, xcalves, soleusx, DVTs, the night from afar\u00ad, covered.';
    const unbounded = candidates.replace(/\\b/g, '');
    expect(startsOf(anywhereSource(candidates), text)).toEqual(startsOf(unbounded, text));
    expect(startsOf(anywhereSource(candidates), text).length).toBeGreaterThan(5);
  });
});
