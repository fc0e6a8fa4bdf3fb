// @vitest-environment node
import { describe, expect, it } from 'vitest';
import calfMuscle from '../../../glossary/calf-muscle.json';
import type { GlossaryPack } from '../../../src/glossary/schema.ts';
import { compileMatcher, isCaseSensitiveForm } from '../../../src/matcher/compile-matcher.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../../src/matcher/entries-from-packs.ts';
import { readCorpus } from '../../sense/read-corpus.ts';

const pack = calfMuscle as unknown as GlossaryPack;
const entries = entriesFromPacks([pack]);
const matcher = compileMatcher(entries, anchorWordsFromPacks([pack]));
const forms = entries.flatMap((entry) => entry.forms.map((form) => (typeof form === 'string' ? form : form.text)));

/**
 * What may stand beside a block's text where `textContent` joins blocks: nothing, white space,
 * punctuation, or letters of the block before and after it ("…foo</p><p>calf…" reads "foocalf").
 */
const EDGES: [string, string][] = [
  ['', ''],
  [' ', ' '],
  ['x.', '.y'],
  ['foo', 'bar'],
  ['Foo', 'Bar'],
  ['9', '_'],
  ['é', 'ß'],
  ['\u00ad', '\u200b'],
  ['’', '’s'],
];

describe('mayMatch never says false where a block holds a term', () => {
  // Every mark the sense rules keep in the labelled corpus, and the whole sentence it is in.
  const marked = readCorpus().flatMap((sentence) =>
    matcher
      .match(sentence.text)
      .map((match) => ({ sentence: sentence.text, term: sentence.text.slice(match.start, match.end) })),
  );

  it('is asked of enough marks to mean something', () => {
    expect(marked.length).toBeGreaterThan(500);
  });

  it.each(EDGES)('every corpus mark, joined to %j before and %j after', (before, after) => {
    const missed = marked.filter(
      ({ sentence, term }) => !matcher.mayMatch(before + term + after) || !matcher.mayMatch(before + sentence + after),
    );
    expect(missed).toEqual([]);
  });

  it.each(forms)('the form “%s” (any sense), glued to letters on both sides', (form) => {
    expect(matcher.mayMatch(`abc${form}xyz`)).toBe(true);
    if (!isCaseSensitiveForm(form)) {
      expect(matcher.mayMatch(`ABC${form.toUpperCase()}XYZ`)).toBe(true);
      expect(matcher.mayMatch(`abc${form.toLowerCase()}xyz`)).toBe(true);
    }
  });

  it.each<[string, string]>([
    ['inflections: plural', 'xxcalvesyy'],
    ['inflections: possessive with a curly apostrophe', 'xxsoleus’syy'],
    ['an abbreviation, as written', 'xxDVTsyy'],
    ['hyphen for space', 'xxdeep-vein-thrombosisyy'],
    ['space for hyphen', 'xxwarm upyy'],
    ['joined compound', 'xxshinboneyy'],
    ['line break between words', 'xxdeep vein\nthrombosisyy'],
    ['NBSP between words', 'xxcompartment\u00a0syndromeyy'],
    ['soft hyphen inside the first word', 'xxgastro\u00adcnemiusyy'],
    ['zero-width space inside a later word', 'xxcompartment syn\u200bdromeyy'],
    ['soft hyphen far after the form', `gastrocnemius${' word'.repeat(50)}x\u00ady`],
    ['a form at the very end', 'the soleus'],
  ])('%s', (_case, text) => {
    expect(matcher.mayMatch(text)).toBe(true);
  });
});

describe('mayMatch asked a stretch at a time', () => {
  const filler = 'Keepers wound the clockwork. '.repeat(10);
  const text = `${filler}the gastrocnemius${filler}`;
  const start = text.indexOf('gastrocnemius');

  it('answers for the forms that begin in the stretch, read on past its end', () => {
    expect(matcher.mayMatch(text, 0, start + 1)).toBe(true);
    expect(matcher.mayMatch(text, start, start + 1)).toBe(true);
    expect(matcher.mayMatch(text, 0, start)).toBe(false);
    expect(matcher.mayMatch(text, start + 1, text.length)).toBe(false);
  });

  it('finds what the whole text holds in one of its stretches, wherever they are cut', () => {
    for (const size of [1, 7, 50, 333]) {
      const stretches: boolean[] = [];
      for (let from = 0; from < text.length; from += size) stretches.push(matcher.mayMatch(text, from, from + size));
      expect(stretches.filter(Boolean)).toHaveLength(1);
    }
  });

  it('says maybe where an invisible character is in the stretch', () => {
    const hidden = `${filler}\u00ad${filler}`;
    expect(matcher.mayMatch(hidden)).toBe(true);
    expect(matcher.mayMatch(hidden, 0, filler.length)).toBe(false);
  });
});

describe('mayMatch rules out text where no form can be read', () => {
  it.each<[string, string]>([
    [
      'candidate words that start no form here (“night”, “from”, “lower”, “side”)',
      'The first lighthouses were open fires kept burning on hilltops so that ships could find the harbour at night.' +
        'A Fresnel lens gathers the light of a small lamp into a beam that sailors can see from twenty miles away.' +
        'Use the lower-level client on the server side.',
    ],
    ['search-only forms', 'propulsion mobility ROM flexible neuropathy doctor'],
    ['a prefix of a form', 'soleu tibi fibul plantari'],
    ['words of a form apart', 'compartment, syndrome'],
    ['empty text', ''],
  ])('%s', (_case, text) => {
    expect(matcher.mayMatch(text)).toBe(false);
  });

  // The bundled pack lists "dvt" as a weak form of its own: a pack of "DVT" alone.
  it('an all-capital form in the wrong case', () => {
    expect(compileMatcher([{ id: 'dvt', forms: ['DVT'] }]).mayMatch('dvt Dvt dVT')).toBe(false);
  });

  it('does not read a negative context as a form', () => {
    const small = compileMatcher([
      { id: 'p/heel', forms: [{ text: 'heel pain', sense: 'strong' }], negativeContexts: ['heel bar'] },
    ]);
    expect(small.mayMatch('xheel barx')).toBe(false);
    expect(small.mayMatch('xheel painx')).toBe(true);
  });
});
