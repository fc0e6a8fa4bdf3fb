import { describe, expect, it } from 'vitest';
import { compileTries } from '../../../src/matcher/compile-matcher.ts';
import { formFinderOf } from '../../../src/matcher/form-finder.ts';

/** A small pack of its own, so the walk is seen apart from the bundled glossary's lists. */
const findForms = formFinderOf(
  compileTries([
    { id: 'dvt', forms: ['DVT'], isUrgent: true },
    { id: 'calf', forms: [{ text: 'calf', sense: 'weak' }] },
    { id: 'knee', forms: [{ text: 'knee', sense: 'weak' }], negativeContexts: ['down on my knees'] },
    { id: 'tenderness', forms: [{ text: 'tender', sense: 'weak' }], negativeContexts: ['legal tender'] },
    { id: 'strain', forms: ['pulled my calf'] },
  ]),
);

/** The forms and negative contexts found, as their text with the sense or entry. */
const found = (text: string) => {
  const { raw, negatives } = findForms(text);
  return {
    raw: raw.map((match) => `${text.slice(match.start, match.end)}:${match.sense}`),
    negatives: negatives.map((span) => `${text.slice(span.start, span.end)}:${span.entryId}`),
  };
};

describe('the forms the tries find', () => {
  it.each<[string, string, string[], string[]]>([
    ['an all-capital form, exactly', 'Rule out DVT.', ['DVT:strong'], []],
    ['…not in lower case', 'rule out dvt', [], []],
    ['the longest form at a word', 'Pulled my calf', ['Pulled my calf:strong'], []],
    ['a weak form with its sense', 'my calf is tender', ['calf:weak', 'tender:weak'], []],
    [
      'a negative context found looking back from its form',
      'Paid in legal tender.',
      ['tender:weak'],
      ['legal tender:tenderness'],
    ],
    ['…one that starts the text', 'Down on my knees again', ['knees:weak'], ['Down on my knees:knee']],
    [
      'an invisible character inside a word: every word is read',
      'ten\u00ADder calf',
      ['ten\u00ADder:weak', 'calf:weak'],
      [],
    ],
    ['not inside a word', 'scalf or calfx', [], []],
  ])('%s: %j', (_, text, raw, negatives) => {
    expect(found(text)).toEqual({ raw, negatives });
  });

  it("forgets the last text's negative contexts", () => {
    findForms('Down on my knees again');
    expect(findForms('my knee').negatives).toEqual([]);
  });
});
