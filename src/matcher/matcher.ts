/**
 * How a surface form is marked (docs/sense.md):
 * - `strong`: medical in practice ("gastrocnemius", "DVT"), marked anywhere;
 * - `weak`: an everyday word with other senses ("tender", "calf"), marked only where its sentence
 *   anchors the medical sense;
 * - `relaxed`: a less risky weak form ("stretching") that a medical page marks without an anchor;
 * - `paired`: a weak form that also needs a second symptom in its sentence ("red", "warm").
 * Search-only forms never reach the matcher.
 */
export type FormSense = 'strong' | 'weak' | 'relaxed' | 'paired';

/** What the page tells the matcher. */
export interface PageSense {
  /**
   * The page declares itself medical (schema.org MedicalWebPage…): relaxed forms need no anchor.
   * A page may also show it later, by its own marks (`Matcher.raiseHealthPage`). @default false
   */
  isHealthPage?: boolean;
}

/** A surface form with its sense; a bare string is a strong form. */
export interface SurfaceForm {
  text: string;
  sense: FormSense;
}

/** What the matcher needs of a glossary entry. */
export interface MatcherEntry {
  id: string;
  /** Term, aliases and abbreviations as written; inflections are generated. */
  forms: readonly (string | SurfaceForm)[];
  /** Phrases in which a form means something else ("Achilles heel"); matching them marks nothing. */
  negativeContexts?: readonly string[];
  /** An emergency sign: red where its urgent sense is established. @default false */
  isUrgent?: boolean;
  /** A symptom: good company for a paired form ("red and swollen"). @default false */
  isSymptom?: boolean;
  /**
   * A part or state of a body ("tendon", "pregnant"): an animal has it too, so its strong forms are
   * not marked beside a word of another sense such as "beef" or "heifer" (other-sense-uses.ts).
   * @default false
   */
  isBodily?: boolean;
  /**
   * A condition ("fracture", "tendonitis"): a pet or a vet's patient has it too, so its strong forms
   * are not marked where the sentence names such an animal and no person (animal-owner.ts).
   * @default false
   */
  isCondition?: boolean;
  /**
   * Its card explains the leg's sense only: where a weak form's clause names another body region and
   * no part of the leg, the form is that region's and not marked (other-region.ts). @default false
   */
  isLegOnly?: boolean;
}

/** A term found in a text: UTF-16 offsets `[start, end)`. */
export interface Match {
  start: number;
  end: number;
  entryId: string;
  /** True only where the urgent sense is established: a strong urgent form, or a weak one anchored to the lower limb. */
  isUrgent: boolean;
}

/**
 * The page's answer for a short block (a list item, a table cell, a sentence or two): does its
 * heading or lead-in establish the medical sense (`isSectionAnchor`)? Asked at most once a block,
 * and only when one of its weak forms has no anchor of its own and reads as a fragment.
 */
export type SectionAnchor = () => boolean;

/**
 * The page's answer for a block whose weak form has no anchor of its own: the text of the blocks
 * before it in the same post (its earlier paragraphs or lines, one a line, the nearest last), or ''.
 * Asked at most once a block, and only where the discourse or post rule could take such a form
 * (earlier-blocks.ts), a red clot names no place (clot-place.ts), or a bare cramp or spasm is kept in
 * a block that names no leg (a period's post: period-post.ts).
 */
export type EarlierBlocks = () => string;

/**
 * The page's answer for a block whose weak form has no anchor of its own: the text of the heading
 * its post or section opens with (a thread's title, an `h2` over the paragraphs), or ''. Asked at
 * most once a block, after the blocks before, where the thread rule could take such a form
 * (heading-leg.ts).
 */
export type PostHeading = () => string;

export interface Matcher {
  /**
   * Every match in `text`, leftmost-longest, in order, never overlapping, in the sense its card
   * explains. `section`: the page's answer for a short block's heading or lead-in; `earlier`: its
   * answer for the blocks before this one in the same post; `heading`: the heading that post or
   * section opens with (docs/sense.md); `shown`: the entries the page's marks have shown in their
   * sense so far, whose weak forms need no anchor (one sense per discourse: page-shown.ts).
   */
  match(
    text: string,
    section?: SectionAnchor,
    earlier?: EarlierBlocks,
    heading?: PostHeading,
    shown?: ReadonlySet<string>,
  ): Match[];
  /** Does this heading or lead-in text anchor the medical sense of its section (section-anchor.ts)? */
  isSectionAnchor(text: string): boolean;
  /** Distinct spellings compiled (forms, inflections, joined compounds, negative contexts). */
  readonly spellings: number;
  /** Forms dropped because an earlier entry already claimed the same spelling. */
  readonly conflicts: readonly string[];
  /**
   * Source of the expression (flags `gi`) that proposes where a form may start (candidates.ts): no
   * text without a match of it holds a term.
   */
  readonly candidates: string;
  /**
   * Can a whole form (any sense) be read somewhere in `text`, beginning in `[from, to)`, with no word
   * boundary asked for at its start or end (relaxed-walk.ts)? False only if no block whose text is a
   * stretch of `text` holds a term that begins there: the page asks it of text read across several
   * blocks at once. True, too, where an invisible character makes the question a longer one.
   */
  mayMatch(text: string, from?: number, to?: number): boolean;
  /**
   * The page has shown itself medical since the matcher was made (its own marks name enough
   * distinct entries: src/page/page-health.ts): from now on relaxed forms need no anchor, as with
   * `PageSense.isHealthPage`. Upgrade only: nothing lowers it again.
   */
  raiseHealthPage(): void;
  /**
   * Did the last `match` leave a relaxed form unmarked that a health page may mark? The page
   * rematches such blocks when it raises the signal. Always false on a health page.
   */
  readonly isWaitingForHealthPage: boolean;
  /**
   * The entries the last `match` marked by their own anchors (a strong form, or a weak one its
   * block anchors), which show the page their sense; not those it marked only because `shown`
   * named them, nor a health page's relaxed forms.
   */
  readonly lastShown: readonly string[];
  /**
   * The entries of weak forms the last `match` left for want of an anchor, not in its `shown`: the
   * page matches the block again once its marks show one of them (src/page/page-entries.ts).
   */
  readonly lastLeft: readonly string[];
  /**
   * Compiles some more, until `deadline` (a `performance.now()` time); true once ready. Only a
   * lazy matcher has it: the others are ready when made.
   */
  prepare?(deadline: number): boolean;
}
