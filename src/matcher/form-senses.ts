import { foldSurfaceFormForSense } from './fold-form.ts';
import type { GlossaryEntry, GlossaryPack } from '../glossary/schema.ts';
import type { FormSense } from './matcher.ts';

export type FormClass = FormSense | 'search-only';

/**
 * How one of an entry's forms is marked (docs/sense.md). Listed forms are as listed (a weak form the
 * pack names in `senseAnchors.paired` is paired, one in `senseAnchors.relaxed` relaxed). An unlisted form is strong in a pack that
 * classified every form (`unlistedForms: "strong"`); otherwise, the safe default for imports, an
 * abbreviation or a form of several words is strong and a single word is weak.
 */
export function senseOfForm(pack: GlossaryPack, entry: GlossaryEntry, form: string): FormClass {
  const key = foldSurfaceFormForSense(form);
  const has = (list: readonly string[] | undefined) =>
    (list ?? []).some((item) => foldSurfaceFormForSense(item) === key);
  if (has(entry.searchOnlyForms)) return 'search-only';
  if (has(entry.weakForms)) {
    if (has(pack.senseAnchors?.paired)) return 'paired';
    return has(pack.senseAnchors?.relaxed) ? 'relaxed' : 'weak';
  }
  if ((pack.unlistedForms ?? 'by-shape') === 'strong') return 'strong';
  const isAbbreviation = entry.abbreviations.includes(form);
  return isAbbreviation || /[\s-]/.test(form.trim()) ? 'strong' : 'weak';
}
