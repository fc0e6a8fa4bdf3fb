// @vitest-environment node
// Reads files from disk; happy-dom's URL would resolve file: URLs against its fake http origin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import calfMuscle from '../../../glossary/calf-muscle.json';
import { assertGlossaryDirValid } from '../../../src/glossary/check-glossary-dir.ts';
import { packJsonSchemaText } from '../../../src/glossary/json-schema.ts';
import { foldSurfaceForm } from '../../../src/glossary/pack-rules.ts';
import { validatePack } from '../../../src/glossary/validate-pack.ts';
import { hashShingle, shinglesOf, type ShingleFile } from '../../tools/shingles.ts';
import articleShingles from './calf-muscle.shingles.json';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const glossaryDir = join(root, 'glossary');

const result = validatePack(calfMuscle);
if (!result.ok) throw new Error(`calf-muscle.json is invalid:\n${result.errors.join('\n')}`);
const pack = result.pack;

const formsOf = (entry: (typeof pack.entries)[number]) => [entry.term, ...entry.aliases, ...entry.abbreviations];
const byForm = new Map(pack.entries.flatMap((entry) => formsOf(entry).map((form) => [foldSurfaceForm(form), entry])));

describe('glossary packs', () => {
  it('every pack in glossary/ passes the schema and the cross-entry rules', () => {
    expect(() => assertGlossaryDirValid(glossaryDir)).not.toThrow();
  });

  it('pack.schema.json is generated from the current schema (npm run schema)', () => {
    expect(readFileSync(join(glossaryDir, 'pack.schema.json'), 'utf8')).toBe(packJsonSchemaText());
  });
});

describe('calf-muscle pack', () => {
  it('has at least 40 entries', () => {
    expect(pack.entries.length).toBeGreaterThanOrEqual(40);
  });

  it.each([
    'gastrocnemius',
    'soleus',
    'plantaris',
    'triceps surae',
    'Achilles tendon',
    'femur',
    'thighbone',
    'tibia',
    'fibula',
    'knee joint',
    'ankle joint',
    'skeletal muscle',
    'striated muscle',
    'musculoskeletal system',
    'muscle fiber',
    'muscle strain',
    'leg cramp',
    'muscle spasm',
    'tennis leg',
    'compartment syndrome',
    'blood clot',
    'deep vein thrombosis',
    'DVT',
    'nerve damage',
    'Achilles tendonitis',
    'edema',
    'numbness',
    'tingling',
    'muscle weakness',
    'range of motion',
    'tenderness',
    'bruising',
    'hydration',
    'dehydration',
    'warm-up',
    'stretching',
    'overweight',
    'obesity',
    'pregnancy',
    'fracture',
    'calf pain',
    'flexibility',
    // lay words and spelling variants people actually write
    'tendinitis',
    'tendonitis',
    'oedema',
    'gastroc',
    'deep venous thrombosis',
    'charley horse',
    'shinbone',
    'pulled muscle',
    'swelling',
    'pins and needles',
  ])('names "%s"', (form) => {
    expect(byForm.has(foldSurfaceForm(form))).toBe(true);
  });

  it('uses every section of the source article', () => {
    const used = new Set(pack.entries.map((entry) => entry.section));
    expect(pack.source.sections.filter((section) => !used.has(section.id))).toEqual([]);
  });

  // How the text reads is checked in calf-muscle-urgency.test.ts.
  it.each(['deep vein thrombosis', 'compartment syndrome', 'swelling', 'numbness', 'tingling', 'blood clot', 'warmth'])(
    '"%s" is urgent and says when to get help',
    (form) => {
      const entry = byForm.get(foldSurfaceForm(form));
      expect(entry?.urgent?.whenToGetHelp.length).toBeGreaterThan(40);
    },
  );

  it('marks "Achilles heel" as a false friend of the Achilles tendon', () => {
    expect(byForm.get('achilles')?.negativeContexts).toContain('Achilles heel');
  });

  // The article itself is not in the repo: `npm run shingles` keeps its 7-word runs as hashes.
  const article = new Set((articleShingles as ShingleFile).shingles);

  it('has the hashed 7-word runs of the article (npm run shingles), made the way this test makes them', () => {
    expect(article.size).toBeGreaterThan(1000);
    // The section headings are the article's own words, quoted as such in the pack: if their runs are
    // not found, the file and this test do not shingle or hash text the same way.
    const headings = pack.source.sections.flatMap((section) => section.headings).flatMap(shinglesOf);
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.filter((run) => !article.has(hashShingle(run)))).toEqual([]);
  });

  it('is written in our own words: no run of 7 words is copied from the article', () => {
    const copied = pack.entries.flatMap((entry) =>
      [entry.short, entry.long ?? '', entry.urgent?.whenToGetHelp ?? '']
        .flatMap(shinglesOf)
        .filter((run) => article.has(hashShingle(run)))
        .map((run) => `${entry.id}: "${run}"`),
    );
    expect(copied).toEqual([]);
  });
});
