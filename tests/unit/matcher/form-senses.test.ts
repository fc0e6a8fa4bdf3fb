import { describe, expect, it } from 'vitest';
import calfMuscle from '../../../glossary/calf-muscle.json';
import type { GlossaryEntry, GlossaryPack } from '../../../src/glossary/schema.ts';
import { senseOfForm, type FormClass } from '../../../src/matcher/form-senses.ts';

const pack = calfMuscle as unknown as GlossaryPack;

/** Every form of the bundled pack that is not strong; every other form is strong (docs/sense.md). */
const NOT_STRONG: Record<string, FormClass> = {
  calf: 'weak',
  calves: 'weak',
  'push-off': 'weak',
  propulsion: 'search-only',
  posture: 'weak',
  Achilles: 'weak',
  'calf bone': 'weak',
  knee: 'weak',
  knees: 'weak',
  ankle: 'weak',
  ankles: 'weak',
  striated: 'weak',
  'pulled calf': 'weak',
  cramp: 'weak',
  cramping: 'weak',
  spasm: 'weak',
  fracture: 'weak',
  overuse: 'weak',
  overtraining: 'weak',
  dehydrated: 'weak',
  'side effect': 'weak',
  'adverse effect': 'weak',
  stiffness: 'weak',
  tightness: 'weak',
  stiff: 'weak',
  'tight calf': 'weak',
  weakness: 'weak',
  weak: 'weak',
  mobility: 'search-only',
  ROM: 'search-only',
  lump: 'weak',
  bulge: 'weak',
  tenderness: 'weak',
  tender: 'weak',
  bruising: 'weak',
  bruise: 'weak',
  bruised: 'weak',
  overweight: 'weak',
  'excess weight': 'weak',
  'extra weight': 'weak',
  hydration: 'weak',
  hydrated: 'weak',
  'warm-up': 'weak',
  'warming up': 'weak',
  warmup: 'weak',
  stretching: 'weak',
  stretch: 'weak',
  flexibility: 'weak',
  flexible: 'search-only',
  clot: 'weak',
  'venous thrombosis': 'weak',
  'nerve damage': 'weak',
  neuropathy: 'search-only',
  tendonitis: 'weak',
  tendinitis: 'weak',
  swelling: 'weak',
  swollen: 'weak',
  redness: 'weak',
  red: 'paired',
  warmth: 'weak',
  'warm to the touch': 'weak',
  warm: 'paired',
  hot: 'paired',
  'hot to the touch': 'weak',
  numbness: 'weak',
  numb: 'weak',
  'loss of feeling': 'weak',
  tingling: 'weak',
  'pins and needles': 'weak',
  prickling: 'weak',
  tingly: 'weak',
  provider: 'weak',
  doctor: 'search-only',
};

const formsOf = (entry: GlossaryEntry) => [entry.term, ...entry.aliases, ...entry.abbreviations];

describe('the bundled pack classifies every form', () => {
  const rows = pack.entries.flatMap((entry) => formsOf(entry).map((form) => [form, entry] as const));

  it.each(rows)('%s', (form, entry) => {
    expect(senseOfForm(pack, entry, form)).toBe(NOT_STRONG[form] ?? 'strong');
  });

  it('lists no form that the pack does not have', () => {
    const all = new Set(rows.map(([form]) => form));
    expect(Object.keys(NOT_STRONG).filter((form) => !all.has(form))).toEqual([]);
  });
});

describe('senseOfForm in an imported pack (unlistedForms "by-shape")', () => {
  const entry = {
    term: 'shin splints',
    aliases: ['splints', 'shin pain'],
    abbreviations: ['MTSS'],
    weakForms: [],
    searchOnlyForms: ['shin pain'],
  } as unknown as GlossaryEntry;
  const imported = { entries: [entry], unlistedForms: 'by-shape' } as unknown as GlossaryPack;

  it.each<[string, FormClass]>([
    ['shin splints', 'strong'],
    ['MTSS', 'strong'],
    ['splints', 'weak'],
    ['shin pain', 'search-only'],
  ])('%s is %s', (form, sense) => {
    expect(senseOfForm(imported, entry, form)).toBe(sense);
  });
});
