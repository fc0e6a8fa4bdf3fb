import { describe, expect, it } from 'vitest';
import { countSentences } from '../../../src/glossary/schema.ts';
import { foldSurfaceForm } from '../../../src/glossary/pack-rules.ts';
import { formatPath, validatePack } from '../../../src/glossary/validate-pack.ts';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test fixtures are edited freely

function entry(overrides: Mutable = {}): Mutable {
  return {
    id: 'soleus',
    term: 'soleus',
    category: 'anatomy',
    short: 'A flat calf muscle.',
    long: 'It lies under the gastrocnemius. It helps you stand.',
    section: 'anatomy',
    ...overrides,
  };
}

function pack(entries: Mutable[] = [entry()], overrides: Mutable = {}): Mutable {
  return {
    id: 'test-pack',
    version: 1,
    title: 'Test',
    language: 'en',
    description: 'A pack for tests.',
    source: { title: 'Article', publisher: 'Publisher', sections: [{ id: 'anatomy', title: 'Anatomy' }] },
    attribution: 'Ours.',
    disclaimer: 'Not medical advice.',
    entries,
    ...overrides,
  };
}

function errorsOf(data: unknown): string[] {
  const result = validatePack(data);
  return result.ok ? [] : result.errors;
}

describe('validatePack', () => {
  it('accepts a minimal pack and fills defaults', () => {
    const result = validatePack(pack());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.entries[0]).toMatchObject({ aliases: [], related: [], abbreviations: [] });
  });

  it.each([
    // zod/mini has no messages of its own: these two prove schema.ts loads the English ones.
    [
      'a missing field',
      pack([entry({ short: undefined })]),
      'entries[0].short: Invalid input: expected string, received undefined',
    ],
    ['an unknown field', pack([entry({ colour: 'red' })]), 'entries[0]: Unrecognized key: "colour"'],
    [
      'a short definition over 160 characters',
      pack([entry({ short: 'x'.repeat(161) })]),
      'entries[0].short: must be at most 160 characters',
    ],
    [
      'a one-sentence explanation',
      pack([entry({ long: 'Only one sentence here.' })]),
      'entries[0].long: must be 2 to 4 sentences',
    ],
    ['an unknown category', pack([entry({ category: 'gossip' })]), 'entries[0].category:'],
    ['a bad id', pack([entry({ id: 'Soleus Muscle' })]), 'entries[0].id: must be lower-case words'],
    [
      'markup in a term',
      pack([entry({ term: '<img src=x onerror=alert(1)>' })]),
      'entries[0].term: may contain only letters',
    ],
    [
      'regex syntax in an alias',
      pack([entry({ aliases: ['sol(eus)+.*'] })]),
      'entries[0].aliases[0]: may contain only letters',
    ],
    [
      'a lower-case abbreviation',
      pack([entry({ abbreviations: ['dvt'] })]),
      'entries[0].abbreviations[0]: must be 2–10 capital letters',
    ],
    [
      'a duplicate id',
      pack([entry(), entry({ term: 'other' })]),
      'entries[1].id: id "soleus" is already used by entries[0]',
    ],
    [
      'an alias claimed by two entries',
      pack([entry({ aliases: ['calf'] }), entry({ id: 'calf-muscle', term: 'calf muscle', aliases: ['Calf'] })]),
      'entries[1].aliases[0]: "Calf" is already claimed by entry "soleus" (as "calf")',
    ],
    [
      'a hyphen variant listed twice',
      pack([entry({ term: 'warm-up', aliases: ['warm up'] })]),
      'entries[0].aliases[0]: "warm up" is listed twice',
    ],
    ['an unknown related id', pack([entry({ related: ['tibia'] })]), 'entries[0].related[0]: unknown entry id "tibia"'],
    [
      'a self reference',
      pack([entry({ related: ['soleus'] })]),
      'entries[0].related[0]: an entry cannot be related to itself',
    ],
    ['an unknown section', pack([entry({ section: 'care' })]), 'entries[0].section: unknown section "care"'],
    [
      'a negative context without the term',
      pack([entry({ negativeContexts: ['heel'] })]),
      'entries[0].negativeContexts[0]:',
    ],
    ['an urgent flag without help text', pack([entry({ urgent: {} })]), 'entries[0].urgent.whenToGetHelp:'],
    ['no entries', pack([]), 'entries: must hold at least one entry'],
    [
      'a bad review date',
      pack(undefined, {
        source: { title: 'A', publisher: 'P', reviewed: '5/8/2021', sections: [{ id: 'anatomy', title: 'Anatomy' }] },
      }),
      'source.reviewed: must be a date',
    ],
    ['not an object', 'soleus', 'pack:'],
  ])('rejects %s, naming the field', (_case, data, expected) => {
    expect(errorsOf(data).join('\n')).toContain(expected);
  });

  it('reports every problem at once, not just the first', () => {
    const errors = errorsOf(pack([entry({ short: '', related: ['nope'] }), entry({ term: 'x' })]));
    expect(errors.length).toBeGreaterThanOrEqual(2);
  });
});

describe('helpers', () => {
  it.each([
    ['One. Two.', 2],
    ['One? Two! Three.', 3],
    ['A 2.5 cm tear. Heals.', 2],
    ['No stop at the end', 1],
  ])('countSentences(%j) = %i', (text, count) => expect(countSentences(text)).toBe(count));

  it.each([
    ['Warm-up', 'warm up'],
    ['warm  up', 'warm up'],
    ['Achilles’ heel', "achilles' heel"],
  ])('foldSurfaceForm(%j) = %j', (form, folded) => expect(foldSurfaceForm(form)).toBe(folded));

  it('formats paths the way a reader finds them', () => {
    expect(formatPath(['entries', 3, 'aliases', 0])).toBe('entries[3].aliases[0]');
  });
});
