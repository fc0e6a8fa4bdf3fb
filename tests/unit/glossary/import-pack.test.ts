import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../src/glossary/bundled-packs.ts';
import { importPack, MAX_IMPORT_BYTES } from '../../../src/glossary/import-pack.ts';

const bundled = new Set(['calf-muscle']);
const errorsOf = (name: string, text: string) => {
  const result = importPack(name, text, bundled);
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors;
};
const jsonPack = (changes: Record<string, unknown>) =>
  JSON.stringify({ ...BUNDLED_PACKS[0], id: 'my-pack', ...changes }, null, 2);

describe('importPack: JSON', () => {
  it('accepts a pack in the project schema', () => {
    const result = importPack('mine.json', jsonPack({}), bundled);
    expect(result.ok && result.pack.entries.length).toBe(BUNDLED_PACKS[0]!.entries.length);
  });

  it.each([
    ['malformed JSON, with its line', '{\n  "id": "x",\n  oops\n}', /^The file is not valid JSON: line 3/],
    ['an empty file', '  ', /^The file is empty\.$/],
    ['a wrong field', jsonPack({ title: 42 }), /^title: /],
    ['an unknown field', jsonPack({ extra: true }), /extra/],
    ['a bundled pack’s id', jsonPack({ id: 'calf-muscle' }), /bundled pack's id/],
  ])('rejects %s', (_, text, message) => {
    expect(errorsOf('mine.json', text)[0]).toMatch(message);
  });

  it('rejects duplicate entry ids, naming the entry', () => {
    const entries = [BUNDLED_PACKS[0]!.entries[0], BUNDLED_PACKS[0]!.entries[0]];
    expect(errorsOf('mine.json', jsonPack({ entries })).join('\n')).toMatch(/entries\[1\]/);
  });

  it('rejects an oversize file before parsing it', () => {
    expect(errorsOf('big.json', 'x'.repeat(MAX_IMPORT_BYTES + 1))[0]).toMatch(/packs of up to 1000 kB/);
  });
});

describe('importPack: CSV', () => {
  it('builds a pack from rows, with lists split on semicolons', () => {
    const csv =
      'term,definition,aliases,category,details,urgent\n' +
      'hamstring,Muscles at the back of the thigh.,hamstrings muscle; hammy,anatomy,,\n' +
      '"shin splints","Pain along the shinbone, often from running.",,condition,It is common. Rest helps.,See a doctor if it gets worse.\n';
    const result = importPack('Leg terms.csv', csv, bundled);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack).toMatchObject({ id: 'leg-terms', title: 'Leg terms' });
    expect(result.pack.entries[0]).toMatchObject({ id: 'hamstring', aliases: ['hamstrings muscle', 'hammy'] });
    expect(result.pack.entries[1]).toMatchObject({
      short: 'Pain along the shinbone, often from running.',
      long: 'It is common. Rest helps.',
      urgent: { whenToGetHelp: 'See a doctor if it gets worse.' },
    });
  });

  it('reads weak and search-only forms; other forms are classified by shape', () => {
    const csv =
      'term,definition,aliases,weak_forms,search_only_forms\n' +
      'shin splints,Pain along the shinbone.,splints; MTSS; shin pain,splints,shin pain\n';
    const result = importPack('Shins.csv', csv, bundled);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.unlistedForms).toBe('by-shape');
    expect(result.pack.entries[0]).toMatchObject({ weakForms: ['splints'], searchOnlyForms: ['shin pain'] });
  });

  it('names the line of a weak form that is not one of the entry’s forms', () => {
    const csv = 'term,definition,weak_forms\nshin splints,Pain along the shinbone.,shins\n';
    expect(errorsOf('Shins.csv', csv)[0]).toMatch(/^line 2, weakForms\[0\]: "shins" is not this entry's term/);
  });

  it.each([
    [
      'hostile markup in a term',
      'term,definition\n<img src=x onerror=alert(1)>,Bad.\n',
      /^line 2, term: may contain only/,
    ],
    ['regex metacharacters in a term', 'term,definition\ncalf.*(,Bad.\n', /^line 2, term: may contain only/],
    ['a missing definition', 'term,definition\ncalf,\n', /^line 2, definition: must not be empty/],
    ['an unknown category', 'term,definition,category\ncalf,Fine.,bones\n', /^line 2, category: /],
    ['a missing column', 'term,meaning\ncalf,Fine.\n', /^line 1: unknown column “meaning”/],
    ['a duplicate term', 'term,definition\ncalf,One.\nCalf,Two.\n', /calf/i],
    ['an unclosed quote', 'term,definition\n"calf,Unclosed quote.\n', /^The file is not valid CSV: .*line 2/],
    [
      'a row with too many cells',
      'term,definition\ncalf,One.\nshin,Two.,extra\n',
      /^The file is not valid CSV: .*line 3/,
    ],
  ])('rejects %s, naming the line', (_, text, message) => {
    expect(errorsOf('mine.csv', text)[0]).toMatch(message);
  });
});
