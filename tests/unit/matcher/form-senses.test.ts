import { describe, expect, it } from 'vitest';
import calfMuscle from '../../../glossary/calf-muscle.json';
import type { GlossaryEntry, GlossaryPack } from '../../../src/glossary/schema.ts';
import { lowerCaseFormsOf, senseOfForm, type FormClass } from '../../../src/matcher/form-senses.ts';

const pack = calfMuscle as unknown as GlossaryPack;

/** Every form of the bundled pack that is not strong; every other form is strong (docs/sense.md). */
const NOT_STRONG: Record<string, FormClass> = {
  // Relaxed: weak forms that a page declaring itself medical marks without an anchor.
  calf: 'relaxed',
  calves: 'relaxed',
  // A common misspelling of calf; weak, not relaxed: glaciers calve.
  calve: 'weak',
  'push-off': 'relaxed',
  propulsion: 'search-only',
  posture: 'relaxed',
  Achilles: 'relaxed',
  // A common misspelling on forums (sixth round).
  Achillies: 'relaxed',
  'calf bone': 'relaxed',
  knee: 'relaxed',
  knees: 'relaxed',
  ankle: 'relaxed',
  ankles: 'relaxed',
  striated: 'relaxed',
  'pulled calf': 'relaxed',
  // Seventeenth round: the verb of "torn muscle"; weak, as a horse or a rumour tears one too.
  'tore a muscle': 'weak',
  'torn a muscle': 'weak',
  cramp: 'weak',
  cramping: 'weak',
  crampy: 'weak',
  'seize up': 'weak',
  'seized up': 'weak',
  'seizes up': 'weak',
  'seizing up': 'weak',
  // Sixth batch; not "cramped" alone: a cramped flat. Relaxed since the fifteenth ("I cramped up at
  // mile 20"); "cramp" is not: a verb beside a gym ("don't let a busy week cramp your workout").
  'cramped up': 'relaxed',
  spasm: 'relaxed',
  fracture: 'relaxed',
  // Sixth batch: a verb people write ("think I've fractured my ankle"); weak, not relaxed: a fractured coalition.
  fractured: 'weak',
  overuse: 'relaxed',
  overtraining: 'relaxed',
  dehydrated: 'relaxed',
  'side effect': 'relaxed',
  'adverse effect': 'relaxed',
  stiffness: 'weak',
  tightness: 'weak',
  stiff: 'weak',
  tight: 'weak',
  'tight calf': 'weak',
  // "a real tightening in the right calf", "avoid stiffening up" (held23's posts and leaflets): a
  // tightening of credit or a lace is no body's.
  tightening: 'weak',
  // "both calves cramped" (held24's posts): a cramped flat names no body; "calf pull": a calving's too.
  cramped: 'weak',
  // "I broke my ankle", "a broken toe": a bone of the leg or the hip right after (broken-bone.ts drops the rest).
  broke: 'weak',
  broken: 'weak',
  break: 'weak',
  // "a mild strain", "the strain usually starts in the calf": an injury's lead before it (strain-noun.ts drops a load, a stress, a kind).
  strain: 'weak',
  'calf pull': 'weak',
  stiffening: 'weak',
  weakness: 'weak',
  weak: 'weak',
  mobility: 'search-only',
  ROM: 'search-only',
  lump: 'weak',
  bulge: 'weak',
  // A knot in the calf; not tied, not in the stomach (negative contexts), not a ship's speed (no anchor).
  knot: 'weak',
  tenderness: 'weak',
  tender: 'weak',
  bruising: 'relaxed',
  bruise: 'relaxed',
  bruised: 'relaxed',
  // A colour, like red: it needs a second symptom ("Inter's black and blue shirts … left foot").
  'black and blue': 'paired',
  overweight: 'relaxed',
  'excess weight': 'weak',
  'extra weight': 'weak',
  hydration: 'relaxed',
  hydrated: 'relaxed',
  'warm-up': 'relaxed',
  'warming up': 'relaxed',
  warmup: 'relaxed',
  stretching: 'relaxed',
  stretch: 'relaxed',
  stretched: 'relaxed',
  flexibility: 'relaxed',
  flexible: 'search-only',
  // Weak, not relaxed: a health page's clotting of a cut, a bruise or a period is not this card's.
  clot: 'weak',
  'venous thrombosis': 'weak',
  'nerve damage': 'weak',
  neuropathy: 'search-only',
  tendonitis: 'weak',
  tendinitis: 'weak',
  swelling: 'weak',
  swollen: 'weak',
  puffy: 'weak',
  puffiness: 'weak',
  swell: 'weak',
  swelled: 'weak',
  // A forum misspelling (eighth batch).
  swolen: 'weak',
  twitching: 'weak',
  twitch: 'weak',
  // Verb forms of spasm that forum posts use (sixteenth batch).
  spasming: 'weak',
  spasmed: 'weak',
  redness: 'weak',
  red: 'paired',
  warmth: 'paired',
  'warm to the touch': 'weak',
  warm: 'paired',
  hot: 'paired',
  'hot to the touch': 'weak',
  // Seventeenth round: forum posts drop "the".
  'warm to touch': 'weak',
  'hot to touch': 'weak',
  numbness: 'weak',
  numb: 'weak',
  'loss of feeling': 'weak',
  tingling: 'weak',
  'pins and needles': 'weak',
  prickling: 'weak',
  tingly: 'weak',
  tingle: 'weak',
  provider: 'relaxed',
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

describe('lower-case spellings of all-capital forms', () => {
  it('the bundled pack makes "dvt" weak and keeps "DVT" strong', () => {
    const dvt = pack.entries.find((entry) => entry.id === 'deep-vein-thrombosis')!;
    expect(senseOfForm(pack, dvt, 'DVT')).toBe('strong');
    expect(lowerCaseFormsOf(pack, dvt)).toEqual([{ text: 'dvt', sense: 'weak' }]);
  });

  const entryOf = (weakForms: string[]) =>
    ({
      term: 'shin splints',
      aliases: [],
      abbreviations: ['MTSS'],
      weakForms,
      searchOnlyForms: [],
    }) as unknown as GlossaryEntry;
  const imported = (entry: GlossaryEntry) => ({ entries: [entry], unlistedForms: 'strong' }) as unknown as GlossaryPack;

  it.each<[string, string[], FormClass, string[]]>([
    ['listed in lower case: the abbreviation strong, its lower case weak', ['mtss'], 'strong', ['mtss']],
    ['listed in capitals: the abbreviation weak, no other spelling', ['MTSS'], 'weak', []],
    ['not listed', [], 'strong', []],
  ])('%s', (_case, weakForms, sense, lower) => {
    const entry = entryOf(weakForms);
    expect(senseOfForm(imported(entry), entry, 'MTSS')).toBe(sense);
    expect(lowerCaseFormsOf(imported(entry), entry).map((form) => form.text)).toEqual(lower);
  });
});
