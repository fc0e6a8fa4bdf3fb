import { z } from 'zod';
import { CATEGORIES } from './categories.ts';
import { findPackProblems } from './pack-rules.ts';

// Extension pages forbid eval (CSP `script-src 'self'`): zod must not even try its compiled parsers.
z.config({ jitless: true });

/** Longest one-line definition: it has to fit a tooltip's first line or two. */
export const SHORT_MAX = 160;
/** Longest explanation; 2–4 plain sentences fit comfortably. */
export const LONG_MAX = 700;
export const LONG_SENTENCES = { min: 2, max: 4 } as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Letters of any script, digits, spaces, hyphens and apostrophes: enough for every medical term
// we know of, and it keeps markup (`<img onerror>`) and regex syntax out of surface forms.
const WORDS = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} '’-]*$/u;
const ABBREVIATION = /^\p{Lu}[\p{Lu}\p{N}]{1,9}$/u;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const id = z.string().regex(ID, 'must be lower-case words joined by hyphens, like "achilles-tendon"');
const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const words = z
  .string()
  .min(1, 'must not be empty')
  .max(60, 'must be at most 60 characters')
  .regex(WORDS, 'may contain only letters, digits, spaces, hyphens and apostrophes');

/** Counts sentences the way a reader would: a stop, question or exclamation mark ending a clause. */
export function countSentences(value: string): number {
  return value.split(/[.!?](?:\s+|$)/).filter((part) => part.trim() !== '').length;
}

export const EntrySchema = z.strictObject({
  id,
  term: words,
  aliases: z.array(words).default([]),
  abbreviations: z
    .array(z.string().regex(ABBREVIATION, 'must be 2–10 capital letters or digits, like "DVT"'))
    .default([]),
  category: z.enum(CATEGORIES),
  short: text(SHORT_MAX),
  /** The longer explanation behind "More"; optional, since an imported CSV may have none. */
  long: text(LONG_MAX)
    .refine(
      (value) => countSentences(value) >= LONG_SENTENCES.min && countSentences(value) <= LONG_SENTENCES.max,
      `must be ${LONG_SENTENCES.min} to ${LONG_SENTENCES.max} sentences`,
    )
    .optional(),
  related: z.array(id).default([]),
  section: id,
  urgent: z.strictObject({ whenToGetHelp: text(300) }).optional(),
  /** Phrases in which a surface form means something else ("Achilles heel" is an idiom). */
  negativeContexts: z.array(text(80)).default([]),
  /**
   * Forms (as written in term, aliases or abbreviations) that are everyday words with other senses
   * ("tender", "calf"): marked only where their sentence establishes the medical sense (docs/sense.md).
   */
  weakForms: z.array(words).default([]),
  /** Forms that search and lookup find but pages never mark ("doctor", "ROM"). */
  searchOnlyForms: z.array(z.string().min(1)).default([]),
});

/**
 * What tells a sentence's weak forms their medical sense (docs/sense.md). Words are matched whole,
 * case-insensitively, with their plurals and possessives.
 */
export const SenseAnchorsSchema = z.strictObject({
  /** Body words that anchor anywhere in a sentence and are of the lower limb ("leg", "shin"). */
  lowerLimb: z.array(words).default([]),
  /** Other body words that anchor anywhere, but never make a mark red ("muscle", "skin"). */
  body: z.array(words).default([]),
  /** Lower-limb words with other senses that anchor only in a human frame ("my calf", "knee pain"). */
  framed: z.array(words).default([]),
  /** Words before a framed word that make the frame: "my", "left", "sore". */
  framesBefore: z.array(words).default([]),
  /** Words after a framed word that make the frame: "pain", "injury". */
  framesAfter: z.array(words).default([]),
  /** Symptom words that are not entries ("painful"): the company a paired form needs. */
  symptoms: z.array(words).default([]),
  /**
   * Weak forms that also need a second symptom in their sentence ("red", "hot", "warm"): "my calf is
   * red and swollen", not "keeps my feet warm".
   */
  paired: z.array(words).default([]),
  /** Words or phrases that say a sentence's body words are not a person's ("leg of lamb", "cattle"). */
  otherSenses: z.array(words).default([]),
  /**
   * Less risky weak forms ("stretching", "warm-up") that need no anchor on a page that declares
   * itself medical (schema.org MedicalWebPage or MedicalCondition).
   */
  relaxed: z.array(words).default([]),
  /** Words of exercise ("run", "workout") that anchor the relaxed forms only: "a warm-up before you run". */
  exercise: z.array(words).default([]),
});

export const SectionSchema = z.strictObject({
  id,
  title: text(80),
  /** The article's own headings that fall in this section, in order. */
  headings: z.array(text(160)).default([]),
});

export const PackSchema = z
  .strictObject({
    /** Lets editors find the generated JSON Schema; ignored otherwise. */
    $schema: z.string().optional(),
    id,
    version: z.int().min(1),
    title: text(80),
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'must be a language tag like "en"'),
    description: text(300),
    source: z.strictObject({
      title: text(160),
      publisher: text(160),
      reviewed: z.string().regex(DATE, 'must be a date written YYYY-MM-DD').optional(),
      sections: z.array(SectionSchema).min(1, 'must list at least one section'),
    }),
    attribution: text(400),
    disclaimer: text(400),
    entries: z.array(EntrySchema).min(1, 'must hold at least one entry'),
    /**
     * How a form that is in neither `weakForms` nor `searchOnlyForms` is treated. `strong`: marked
     * anywhere (a pack that classified every form). `by-shape`, the safe default for imports: an
     * abbreviation or a form of two or more words is strong, a single word is weak.
     * @default "by-shape"
     */
    unlistedForms: z.enum(['strong', 'by-shape']).default('by-shape'),
    /** Body words and frames that anchor weak forms (docs/sense.md). */
    senseAnchors: SenseAnchorsSchema.default({
      lowerLimb: [],
      body: [],
      framed: [],
      framesBefore: [],
      framesAfter: [],
      symptoms: [],
      paired: [],
      otherSenses: [],
      relaxed: [],
      exercise: [],
    }),
  })
  .superRefine((pack, ctx) => {
    for (const problem of findPackProblems(pack)) ctx.addIssue({ code: 'custom', ...problem });
  });

export type GlossaryPack = z.infer<typeof PackSchema>;
export type GlossaryEntry = z.infer<typeof EntrySchema>;
export type GlossarySection = z.infer<typeof SectionSchema>;
export type SenseAnchors = z.infer<typeof SenseAnchorsSchema>;
export type { Category } from './categories.ts';
export { CATEGORIES };
