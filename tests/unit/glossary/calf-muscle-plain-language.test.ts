import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../../src/glossary/schema.ts';
import { pack } from './calf-muscle-entries.ts';
import { median, readabilityOf } from './readability.ts';

/** Flesch–Kincaid grades a 12-year-old reads (US grade 6–7 is age 11–13); see issue 11. */
const MAX_GRADE = 8;
const MAX_MEDIAN_GRADE = 6;

/**
 * Words a 12-year-old would not know, which a one-line definition may only use with plain words
 * beside it in parentheses ("the cord above your heel (the Achilles tendon)") — or as its own term.
 * Chosen from the pack's anatomy and clinical terms and the clinical words their texts lean on.
 */
const JARGON = [
  'gastrocnemius',
  'soleus',
  'plantaris',
  'triceps surae',
  'femur',
  'tibia',
  'fibula',
  'tendon',
  'skeletal',
  'striated',
  'musculoskeletal',
  'sarcomere',
  'plantar flexion',
  'edema',
  'oedema',
  'thrombosis',
  'thrombus',
  'DVT',
  'embolism',
  'compartment syndrome',
  'tendonitis',
  'tendinitis',
  'neuropathy',
  'inflammation',
  'range of motion',
  'hydration',
  'dehydration',
  'diagnose',
];

const wordsIn = (text: string) => text.toLowerCase().replace(/[^a-z]+/g, ' ');
const ownForms = (of: GlossaryEntry) => wordsIn([of.term, ...of.aliases, ...of.abbreviations].join(' | '));

/** Jargon in a short definition that is neither the entry's own term nor explained in parentheses. */
function unexplainedJargon(of: GlossaryEntry): string[] {
  const own = ` ${ownForms(of)} `;
  const outsideParentheses = of.short.replace(/\([^)]*\)/g, ' ');
  return JARGON.filter((word) => !own.includes(` ${wordsIn(word).trim()} `)).filter((word) =>
    new RegExp(`\\b${word}(s|es)?\\b(?! \\()`, 'i').test(outsideParentheses),
  );
}

describe('calf-muscle pack: plain language', () => {
  const grades = pack.entries.map((of) => [of.id, readabilityOf(of.short).grade] as const);

  it(`every short definition is at Flesch–Kincaid grade ${MAX_GRADE} or below`, () => {
    expect(grades.filter(([, grade]) => grade > MAX_GRADE)).toEqual([]);
  });

  it(`the median short definition is at grade ${MAX_MEDIAN_GRADE} or below`, () => {
    expect(median(grades.map(([, grade]) => grade))).toBeLessThanOrEqual(MAX_MEDIAN_GRADE);
  });

  it('no short definition leans on another entry’s jargon without explaining it', () => {
    expect(pack.entries.flatMap((of) => unexplainedJargon(of).map((word) => `${of.id}: ${word}`))).toEqual([]);
  });

  it.each([
    ['the soleus lies under the gastrocnemius.', ['gastrocnemius', 'soleus']],
    ['it joins the tibia (the shinbone).', ['tibia']],
    ['the cord above your heel (the Achilles tendon).', []],
  ])('the jargon check finds what it should in "%s"', (short, expected) => {
    const probe = { ...pack.entries[0]!, term: 'probe', aliases: [], abbreviations: [], short };
    expect(unexplainedJargon(probe)).toEqual(expected);
  });
});

describe('readabilityOf', () => {
  it('counts words, sentences and syllables as the Flesch–Kincaid formula wants them', () => {
    const counts = readabilityOf('The cat sat. The dog ran on the big mat.');
    expect(counts).toMatchObject({ words: 10, sentences: 2, syllables: 10 });
    expect(counts.grade).toBeCloseTo(0.39 * (10 / 2) + 11.8 * (10 / 10) - 15.59);
  });
});
