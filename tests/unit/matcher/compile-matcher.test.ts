import { describe, expect, it } from 'vitest';
import calfMuscle from '../../../glossary/calf-muscle.json';
import type { GlossaryPack } from '../../../src/glossary/schema.ts';
import { compileMatcher, isCaseSensitiveForm } from '../../../src/matcher/compile-matcher.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../../src/matcher/entries-from-packs.ts';

const pack = calfMuscle as unknown as GlossaryPack;
const matcher = compileMatcher(entriesFromPacks([pack]), anchorWordsFromPacks([pack]));

/** `[matched text, entry id]` pairs, the way a reader checks a result. */
function found(text: string): [string, string][] {
  return matcher.match(text).map((m) => [text.slice(m.start, m.end), m.entryId.replace('calf-muscle/', '')]);
}

describe('compileMatcher on the calf-muscle pack', () => {
  it.each<[string, string, [string, string][]]>([
    // word boundaries
    ['whole words only', 'soleusx and xsoleus', []],
    ['no prefix of a longer word', 'tibial plateau', []],
    ['digits and underscores are word characters', 'soleus2 soleus_x', []],
    [
      'punctuation is a boundary',
      '(soleus), "tibia".',
      [
        ['soleus', 'soleus'],
        ['tibia', 'tibia'],
      ],
    ],
    // leftmost-longest
    ['longest form wins', 'a deep vein thrombosis', [['deep vein thrombosis', 'deep-vein-thrombosis']]],
    ['calf muscle over calf', 'my calf muscle hurts', [['calf muscle', 'calf-muscle']]],
    [
      'Achilles tendonitis over Achilles tendon',
      'Achilles tendonitis flared',
      [['Achilles tendonitis', 'achilles-tendonitis']],
    ],
    [
      'adjacent terms both found',
      'soleus gastrocnemius',
      [
        ['soleus', 'soleus'],
        ['gastrocnemius', 'gastrocnemius'],
      ],
    ],
    // case
    [
      'words are case-insensitive',
      'SOLEUS and Soleus',
      [
        ['SOLEUS', 'soleus'],
        ['Soleus', 'soleus'],
      ],
    ],
    ['abbreviations are case-sensitive', 'Not dvt or Dvt here.', []],
    ['the abbreviation in capitals', 'A DVT, they said.', [['DVT', 'deep-vein-thrombosis']]],
    // In one block, the capitals show the entry's sense: its lower-case weak forms take it (page-shown.ts).
    [
      'lower case after the capitals in one block',
      'DVT. Not dvt or Dvt here.',
      [
        ['DVT', 'deep-vein-thrombosis'],
        ['dvt', 'deep-vein-thrombosis'],
        ['Dvt', 'deep-vein-thrombosis'],
      ],
    ],
    // The pack lists "dvt" in weakForms: the lower-case spelling is a weak form, marked where anchored.
    [
      'a lower-case abbreviation the pack lists as weak, anchored',
      'my calf is swollen, is it a dvt or Dvt?',
      [
        ['calf', 'calf-muscle'],
        ['swollen', 'edema'],
        ['dvt', 'deep-vein-thrombosis'],
        ['Dvt', 'deep-vein-thrombosis'],
      ],
    ],
    [
      'abbreviation plural and possessive',
      "two DVTs; the DVT's size",
      [
        ['DVTs', 'deep-vein-thrombosis'],
        ["DVT's", 'deep-vein-thrombosis'],
      ],
    ],
    ['abbreviation inside a longer word is not one', 'DVTK dvt-banner', []],
    // inflections
    ['plural -s', 'muscle strains', [['muscle strains', 'muscle-strain']]],
    [
      'plural f → ves (listed) and possessive',
      "calves and the tendon's end",
      [
        ['calves', 'calf-muscle'],
        ["tendon's", 'tendon'],
      ],
    ],
    ['curly apostrophe possessive', 'the tendon’s end', [['tendon’s', 'tendon']]],
    ['Latin plural', 'both tibiae', [['tibiae', 'tibia']]],
    ['-is → -es', 'deep vein thromboses', [['deep vein thromboses', 'deep-vein-thrombosis']]],
    ['only the last word inflects', 'deeps vein thrombosis', []],
    // hyphen and space variants
    ['hyphenated form written with a space', 'a warm up for my leg', [['warm up', 'warm-up']]],
    ['hyphenated form written joined', 'a warmup for my leg', [['warmup', 'warm-up']]],
    ['spaced form written with a hyphen', 'the shin-bone', [['shin-bone', 'tibia']]],
    ['spaced form written joined', 'the shinbone', [['shinbone', 'tibia']]],
    [
      'several spaces and a line break inside a term',
      'deep   vein\n  thrombosis',
      [['deep   vein\n  thrombosis', 'deep-vein-thrombosis']],
    ],
    ['punctuation breaks a term', 'deep vein. Thrombosis', []],
    // typographic noise
    ['NBSP inside a term', 'compartment\u00a0syndrome', [['compartment\u00a0syndrome', 'compartment-syndrome']]],
    ['soft hyphen inside a word', 'gastro\u00adcnemius', [['gastro\u00adcnemius', 'gastrocnemius']]],
    ['zero-width space inside a word', 'sol\u200beus', [['sol\u200beus', 'soleus']]],
    ['zero-width joiner next to a word', '\u200dsoleus\u200d', [['soleus', 'soleus']]],
    // negative contexts
    ['Achilles heel is an idiom', 'my Achilles heel is hills', []],
    ["Achilles' heel too", "everyone's Achilles’ heel", []],
    ['but the Achilles alone is the tendon', 'I strained my Achilles.', [['Achilles', 'achilles-tendon']]],
    ['negative context before the form', 'call your internet provider', []],
    // Unicode
    ['emoji next to a term', 'soleus💪', [['soleus', 'soleus']]],
    ['letters of other scripts are word characters', 'soleusé', []],
  ])('%s', (_rule, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('gives offsets into the original text', () => {
    const text = 'Pain: calf\u00a0pain.';
    expect(matcher.match(text)).toEqual([{ start: 6, end: 15, entryId: 'calf-muscle/calf-pain', isUrgent: false }]);
  });

  it('keeps offsets when lower-casing would change the length (İ)', () => {
    const text = 'İİ soleus';
    expect(found(text)).toEqual([['soleus', 'soleus']]);
    expect(matcher.match(text)[0]?.start).toBe(3);
  });

  it('reports no conflicts for the bundled pack', () => {
    expect(matcher.conflicts).toEqual([]);
  });
});

describe('compileMatcher', () => {
  it('lets the first entry keep a form two entries claim, and reports it', () => {
    const m = compileMatcher([
      { id: 'a', forms: ['splint'] },
      { id: 'b', forms: ['Splint'] },
    ]);
    expect(m.match('splint')).toEqual([{ start: 0, end: 6, entryId: 'a', isUrgent: false }]);
    expect(m.conflicts).toEqual(['"Splint" (b)']);
  });

  it('never lets a generated spelling take another entry’s form', () => {
    const m = compileMatcher([
      { id: 'dose', forms: ['dose'] },
      { id: 'doses', forms: ['doses'] },
    ]);
    expect(m.match('doses').map((x) => x.entryId)).toEqual(['doses']);
  });

  it('reads regex metacharacters in text as plain text', () => {
    expect(found('soleus.*( [tibia]+ $DVT^')).toEqual([
      ['soleus', 'soleus'],
      ['tibia', 'tibia'],
      ['DVT', 'deep-vein-thrombosis'],
    ]);
  });

  it('throws on a form with characters no term can hold (the schema keeps them out)', () => {
    expect(() => compileMatcher([{ id: 'x', forms: ['a.*b'] }])).toThrow('surface form "a.*b"');
  });

  it('throws on a form without words (a bug in the caller, not user input)', () => {
    expect(() => compileMatcher([{ id: 'x', forms: ['--'] }])).toThrow('surface form "--" has no words');
  });

  it.each([
    ['DVT', true],
    ['ROM', true],
    ['Achilles', false],
    ['McArdle', false],
    ['A', false],
  ])('isCaseSensitiveForm(%j) = %s', (form, expected) => {
    expect(isCaseSensitiveForm(form)).toBe(expected);
  });
});

describe('negative contexts that start before their form', () => {
  const small = compileMatcher([
    {
      id: 'p/weakness',
      forms: [{ text: 'weakness', sense: 'strong' }],
      negativeContexts: ['his weakness', 'down on his weakness'],
    },
    { id: 'p/knee', forms: [{ text: 'knee', sense: 'strong' }], negativeContexts: ['down on my knees'] },
  ]);
  const marks = (text: string) => small.match(text).map((m) => text.slice(m.start, m.end));

  it('proposes only words that start a form', () => {
    expect(new RegExp(small.candidates, 'gi').test('his down on my')).toBe(false);
    expect(new RegExp(small.candidates, 'gi').test('his weakness')).toBe(true);
  });

  it.each([
    ['his weakness was plain', []],
    ['down on my knees', []],
    ['down  on\u00a0my knees', []],
    ['weakness and a sore knee', ['weakness', 'knee']],
    ['this weakness', ['weakness']],
    ['his. weakness', ['weakness']],
  ])('looks back from the form: %s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
