import type { GlossaryPack } from './schema.ts';

/** A rule broken across entries; `path` names the offending field the way zod does. */
export interface PackProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Folds the spellings a reader sees as one word: case, curly apostrophes, and hyphen versus space
 * ("Warm-up" and "warm up"). Two entries claiming the same folded form would make a match ambiguous.
 */
export function foldSurfaceForm(form: string): string {
  return form
    .normalize('NFKC')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[\s-]+/g, ' ')
    .trim();
}

/** Rules that one entry cannot check alone: unique ids and forms, known references. */
export function findPackProblems(pack: GlossaryPack): PackProblem[] {
  const problems: PackProblem[] = [];
  const sectionIds = new Set(pack.source.sections.map((section) => section.id));
  const entryIndex = new Map<string, number>();
  const formOwner = new Map<string, { entry: string; form: string }>();

  pack.source.sections.forEach((section, i) => {
    if (pack.source.sections.findIndex((other) => other.id === section.id) !== i)
      problems.push({ path: ['source', 'sections', i, 'id'], message: `section id "${section.id}" is used twice` });
  });

  pack.entries.forEach((entry, i) => {
    const seen = entryIndex.get(entry.id);
    if (seen === undefined) entryIndex.set(entry.id, i);
    else problems.push({ path: ['entries', i, 'id'], message: `id "${entry.id}" is already used by entries[${seen}]` });
  });

  pack.entries.forEach((entry, i) => {
    if (!sectionIds.has(entry.section))
      problems.push({ path: ['entries', i, 'section'], message: `unknown section "${entry.section}"` });

    entry.related.forEach((relatedId, j) => {
      if (relatedId === entry.id)
        problems.push({ path: ['entries', i, 'related', j], message: 'an entry cannot be related to itself' });
      else if (!entryIndex.has(relatedId))
        problems.push({ path: ['entries', i, 'related', j], message: `unknown entry id "${relatedId}"` });
    });

    const forms: [string, (string | number)[]][] = [
      [entry.term, ['entries', i, 'term']],
      ...entry.aliases.map((alias, j): [string, (string | number)[]] => [alias, ['entries', i, 'aliases', j]]),
      ...entry.abbreviations.map((abbr, j): [string, (string | number)[]] => [
        abbr,
        ['entries', i, 'abbreviations', j],
      ]),
    ];
    for (const [form, path] of forms) {
      const folded = foldSurfaceForm(form);
      const owner = formOwner.get(folded);
      if (!owner) formOwner.set(folded, { entry: entry.id, form });
      else if (owner.entry === entry.id) problems.push({ path, message: `"${form}" is listed twice in this entry` });
      else
        problems.push({ path, message: `"${form}" is already claimed by entry "${owner.entry}" (as "${owner.form}")` });
    }

    const folds = new Set(forms.map(([form]) => foldSurfaceForm(form)));
    for (const field of ['weakForms', 'searchOnlyForms'] as const)
      entry[field].forEach((form, j) => {
        if (!folds.has(foldSurfaceForm(form)))
          problems.push({
            path: ['entries', i, field, j],
            message: `"${form}" is not this entry's term, alias or abbreviation`,
          });
        else if (
          field === 'searchOnlyForms' &&
          entry.weakForms.some((weak) => foldSurfaceForm(weak) === foldSurfaceForm(form))
        )
          problems.push({ path: ['entries', i, field, j], message: `"${form}" is also listed in weakForms` });
      });

    entry.negativeContexts.forEach((context, j) => {
      const folded = foldSurfaceForm(context);
      if (!forms.some(([form]) => folded.includes(foldSurfaceForm(form))))
        problems.push({
          path: ['entries', i, 'negativeContexts', j],
          message: `"${context}" does not contain any of this entry's terms, so it could never apply`,
        });
    });
  });

  return problems;
}
