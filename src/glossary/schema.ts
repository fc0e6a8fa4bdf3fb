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
  })
  .superRefine((pack, ctx) => {
    for (const problem of findPackProblems(pack)) ctx.addIssue({ code: 'custom', ...problem });
  });

export type GlossaryPack = z.infer<typeof PackSchema>;
export type GlossaryEntry = z.infer<typeof EntrySchema>;
export type GlossarySection = z.infer<typeof SectionSchema>;
export type { Category } from './categories.ts';
export { CATEGORIES };
