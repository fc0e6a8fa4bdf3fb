// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { RawMatch } from '../../../src/matcher/apply-sense.ts';
import { symptomSaidAs } from '../../../src/matcher/symptom-said.ts';

const SYMPTOMS = new Set(['p/numbness', 'p/tingling', 'p/weakness', 'p/edema']);
const ENTRY: Record<string, string> = {
  numbness: 'p/numbness',
  tingling: 'p/tingling',
  weakness: 'p/weakness',
  swelling: 'p/edema',
};

/** The answer for the first form of `text`, every listed word of it a weak match of its entry. */
function saidAs(text: string): string | undefined {
  const raw: RawMatch[] = [];
  for (const found of text.matchAll(/\b(numbness|tingling|weakness|swelling)\b/gi))
    raw.push({
      start: found.index,
      end: found.index + found[0].length,
      entryId: ENTRY[found[0].toLowerCase()]!,
      sense: 'weak',
    });
  return symptomSaidAs(raw[0]!, [0, text.length], [], { text, raw, symptoms: SYMPTOMS });
}

describe('symptomSaidAs: a list, a pair or a symptom had, asked in turn', () => {
  it.each<[string, string | undefined]>([
    ['Numbness, tingling and weakness in the evening.', 'list'],
    ['Numbness and tingling in the evening.', 'said'],
    ['I noticed swelling after the walk.', 'said'],
    ['Numbness and weakness in the evening.', undefined],
    ['The swelling went down.', undefined],
  ])('%s → %s', (text, expected) => {
    expect(saidAs(text)).toBe(expected);
  });
});
