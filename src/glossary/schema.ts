import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { CATEGORIES } from './categories.ts';
import { findPackProblems } from './pack-rules.ts';

// zod/mini, not classic zod: classic's objects probe `Function('')` to see whether they may compile
// parsers, and `web-ext lint` flags that probe (DANGEROUS_EVAL) in every page that validates a pack.
// Mini's objects never compile, so the probe is not bundled. Mini loads no messages of its own:
// English ones name what is wrong ("Unrecognized key", "expected string") after the field's path.
z.config(en());

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

const id = z.string().check(z.regex(ID, 'must be lower-case words joined by hyphens, like "achilles-tendon"'));
const text = (max: number) =>
  z
    .string()
    .check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`));
const words = z
  .string()
  .check(
    z.minLength(1, 'must not be empty'),
    z.maxLength(60, 'must be at most 60 characters'),
    z.regex(WORDS, 'may contain only letters, digits, spaces, hyphens and apostrophes'),
  );

/** Counts sentences the way a reader would: a stop, question or exclamation mark ending a clause. */
export function countSentences(value: string): number {
  return value.split(/[.!?](?:\s+|$)/).filter((part) => part.trim() !== '').length;
}

export const EntrySchema = z.strictObject({
  id,
  term: words,
  aliases: z._default(z.array(words), []),
  abbreviations: z._default(
    z.array(z.string().check(z.regex(ABBREVIATION, 'must be 2–10 capital letters or digits, like "DVT"'))),
    [],
  ),
  category: z.enum(CATEGORIES),
  short: text(SHORT_MAX),
  /** The longer explanation behind "More"; optional, since an imported CSV may have none. */
  long: z.optional(
    text(LONG_MAX).check(
      z.refine(
        (value) => countSentences(value) >= LONG_SENTENCES.min && countSentences(value) <= LONG_SENTENCES.max,
        `must be ${LONG_SENTENCES.min} to ${LONG_SENTENCES.max} sentences`,
      ),
    ),
  ),
  related: z._default(z.array(id), []),
  section: id,
  urgent: z.optional(z.strictObject({ whenToGetHelp: text(300) })),
  /** Phrases in which a surface form means something else ("Achilles heel" is an idiom). */
  negativeContexts: z._default(z.array(text(80)), []),
  /**
   * Forms (as written in term, aliases or abbreviations) that are everyday words with other senses
   * ("tender", "calf"): marked only where their sentence establishes the medical sense (docs/sense.md).
   * An all-capital abbreviation written here in lower case ("dvt" for "DVT") is its lower-case
   * spelling, a weak form of its own; the abbreviation as written stays as it was.
   */
  weakForms: z._default(z.array(words), []),
  /** Forms that search and lookup find but pages never mark ("doctor", "ROM"). */
  searchOnlyForms: z._default(z.array(z.string().check(z.minLength(1))), []),
  /**
   * The card explains the leg's sense only ("a leg muscle", "the Achilles"): a weak form whose
   * clause names another body region and no part of the leg ("cramps in the lower back", "swollen
   * tendons in the wrist") is that region's, and not marked (docs/sense.md).
   * @default false
   */
  legOnly: z._default(z.boolean(), false),
});

/**
 * What tells a sentence's weak forms their medical sense (docs/sense.md). Words are matched whole,
 * case-insensitively, with their plurals and possessives.
 */
export const SenseAnchorsSchema = z.strictObject({
  /** Body words that anchor anywhere in a sentence and are of the lower limb ("leg", "shin"). */
  lowerLimb: z._default(z.array(words), []),
  /** Other body words that anchor anywhere, but never make a mark red ("muscle", "skin"). */
  body: z._default(z.array(words), []),
  /** Lower-limb words with other senses that anchor only in a human frame ("my calf", "knee pain"). */
  framed: z._default(z.array(words), []),
  /** Words before a framed word that make the frame: "my", "left", "sore". */
  framesBefore: z._default(z.array(words), []),
  /** Words after a framed word that make the frame: "pain", "injury". */
  framesAfter: z._default(z.array(words), []),
  /** Symptom words that are not entries ("painful"): the company a paired form needs. */
  symptoms: z._default(z.array(words), []),
  /**
   * Weak forms that also need a second symptom in their sentence ("red", "hot", "warm"): "my calf is
   * red and swollen", not "keeps my feet warm".
   */
  paired: z._default(z.array(words), []),
  /** Words or phrases that say a sentence's body words are not a person's ("leg of lamb", "cattle"). */
  otherSenses: z._default(z.array(words), []),
  /**
   * Less risky weak forms ("stretching", "warm-up") that need no anchor on a page that declares
   * itself medical (schema.org MedicalWebPage or MedicalCondition).
   */
  relaxed: z._default(z.array(words), []),
  /** Words of exercise ("run", "workout") that anchor the relaxed forms only: "a warm-up before you run". */
  exercise: z._default(z.array(words), []),
});

export const SectionSchema = z.strictObject({
  id,
  title: text(80),
  /** The article's own headings that fall in this section, in order. */
  headings: z._default(z.array(text(160)), []),
});

export const PackSchema = z
  .strictObject({
    /** Lets editors find the generated JSON Schema; ignored otherwise. */
    $schema: z.optional(z.string()),
    id,
    version: z.int().check(z.minimum(1)),
    title: text(80),
    language: z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'must be a language tag like "en"')),
    description: text(300),
    source: z.strictObject({
      title: text(160),
      publisher: text(160),
      reviewed: z.optional(z.string().check(z.regex(DATE, 'must be a date written YYYY-MM-DD'))),
      sections: z.array(SectionSchema).check(z.minLength(1, 'must list at least one section')),
    }),
    attribution: text(400),
    disclaimer: text(400),
    entries: z.array(EntrySchema).check(z.minLength(1, 'must hold at least one entry')),
    /**
     * How a form that is in neither `weakForms` nor `searchOnlyForms` is treated. `strong`: marked
     * anywhere (a pack that classified every form). `by-shape`, the safe default for imports: an
     * abbreviation or a form of two or more words is strong, a single word is weak.
     * @default "by-shape"
     */
    unlistedForms: z._default(z.enum(['strong', 'by-shape']), 'by-shape'),
    /** Body words and frames that anchor weak forms (docs/sense.md). */
    // Parsed from {}: every list takes its own default, so a pack may name only the lists it uses.
    senseAnchors: z.prefault(SenseAnchorsSchema, {}),
  })
  .check(
    z.superRefine((pack, ctx) => {
      for (const problem of findPackProblems(pack)) ctx.addIssue({ code: 'custom', ...problem });
    }),
  );

export type GlossaryPack = z.infer<typeof PackSchema>;
export type GlossaryEntry = z.infer<typeof EntrySchema>;
export type GlossarySection = z.infer<typeof SectionSchema>;
export type SenseAnchors = z.infer<typeof SenseAnchorsSchema>;
export type { Category } from './categories.ts';
export { CATEGORIES };
