import { foldSurfaceFormForSense } from './fold-form.ts';
import type { GlossaryEntry, GlossaryPack } from '../glossary/schema.ts';
import { isCaseSensitiveForm } from './compile-matcher.ts';
import type { FormSense, SurfaceForm } from './matcher.ts';

export type FormClass = FormSense | 'search-only';

/** Is `item` of a pack's list the form `form`? An all-capital form ("DVT") is listed only in capitals. */
function isListed(item: string, form: string): boolean {
  if (foldSurfaceFormForSense(item) !== foldSurfaceFormForSense(form)) return false;
  return !isCaseSensitiveForm(form) || isCaseSensitiveForm(item);
}

/** A weak form's sense: paired or relaxed where `senseAnchors` names it so. */
function weakSenseOf(pack: GlossaryPack, form: string): FormSense {
  const has = (list: readonly string[] | undefined) => (list ?? []).some((item) => isListed(item, form));
  if (has(pack.senseAnchors?.paired)) return 'paired';
  return has(pack.senseAnchors?.relaxed) ? 'relaxed' : 'weak';
}

/**
 * How one of an entry's forms is marked (docs/sense.md). Listed forms are as listed (a weak form the
 * pack names in `senseAnchors.paired` is paired, one in `senseAnchors.relaxed` relaxed). An unlisted form is strong in a pack that
 * classified every form (`unlistedForms: "strong"`); otherwise, the safe default for imports, an
 * abbreviation or a form of several words is strong and a single word is weak. An all-capital form
 * is listed only as written: "dvt" in `weakForms` is not "DVT" but its lower-case spelling
 * (`lowerCaseFormsOf`).
 */
export function senseOfForm(pack: GlossaryPack, entry: GlossaryEntry, form: string): FormClass {
  const has = (list: readonly string[] | undefined) => (list ?? []).some((item) => isListed(item, form));
  if (has(entry.searchOnlyForms)) return 'search-only';
  if (has(entry.weakForms)) return weakSenseOf(pack, form);
  if ((pack.unlistedForms ?? 'by-shape') === 'strong') return 'strong';
  const isAbbreviation = entry.abbreviations.includes(form);
  return isAbbreviation || /[\s-]/.test(form.trim()) ? 'strong' : 'weak';
}

/**
 * The spellings in other case of an entry's all-capital forms that its `weakForms` lists: "dvt" of
 * "DVT". All-capital forms are matched as written, so "dvt" in `.dvt-banner` is no term; but forum
 * posts write "pretty sure its a dvt", so a pack may make the lower-case spelling a weak form of its
 * own (any case but all capitals: "Dvt" too), while "DVT" stays strong.
 */
export function lowerCaseFormsOf(pack: GlossaryPack, entry: GlossaryEntry): SurfaceForm[] {
  const exact = [entry.term, ...entry.aliases, ...entry.abbreviations].filter(isCaseSensitiveForm);
  // Packs read as JSON in the Node scripts are not parsed, so their defaults are missing.
  return (entry.weakForms ?? [])
    .filter((item) => !isCaseSensitiveForm(item) && exact.some((form) => isListed(item, form.toLowerCase())))
    .map((text) => ({ text, sense: weakSenseOf(pack, text) }));
}
