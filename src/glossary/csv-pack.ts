/** Columns a CSV pack may have; `term` and `definition` are required. */
export const CSV_COLUMNS = [
  'term',
  'definition',
  'aliases',
  'category',
  'details',
  'abbreviations',
  'related',
  'urgent',
  'weak_forms',
  'search_only_forms',
] as const;
type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string>>;

const SECTION = 'imported';

/** `Calf terms (2).csv` → `calf-terms-2`. */
export function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'imported';
}

/** Several values in one cell: "tendinitis; tendonitis" (a comma would split the CSV cell). */
const list = (cell: string | undefined) =>
  (cell ?? '')
    .split(/[;|]/)
    .map((value) => value.trim())
    .filter(Boolean);

/**
 * A pack in the project's shape from CSV rows, for the schema to check like any JSON pack. Cells
 * are copied as they are (trimmed): the schema, not this function, decides what is acceptable.
 */
export function packFromCsvRows(fileName: string, rows: readonly CsvRow[]): unknown {
  const title = fileName.replace(/\.csv$/i, '').trim() || 'Imported terms';
  const ids = new Map<string, number>();
  return {
    id: slugOf(title),
    version: 1,
    title: title.slice(0, 80),
    language: 'en',
    description: `Imported from ${fileName}.`.slice(0, 300),
    source: {
      title: fileName.slice(0, 160),
      publisher: 'Imported by you',
      sections: [{ id: SECTION, title: 'Imported' }],
    },
    attribution: `Imported from your file ${fileName}; Termlight has not reviewed it.`.slice(0, 400),
    disclaimer: 'General information, not medical advice.',
    entries: rows.map((row) => {
      const term = (row.term ?? '').trim();
      // Two rows for the same term get distinct ids; the schema reports the term itself twice.
      const base = slugOf(term);
      const seen = ids.get(base) ?? 0;
      ids.set(base, seen + 1);
      const category = (row.category ?? '').trim().toLowerCase().replace(/\s+/g, '-') || 'general';
      const details = (row.details ?? '').trim();
      const urgent = (row.urgent ?? '').trim();
      return {
        id: seen === 0 ? base : `${base}-${seen + 1}`,
        term,
        aliases: list(row.aliases),
        abbreviations: list(row.abbreviations),
        category,
        short: (row.definition ?? '').trim(),
        ...(details && { long: details }),
        related: list(row.related).map(slugOf),
        section: SECTION,
        ...(urgent && { urgent: { whenToGetHelp: urgent } }),
        // Forms listed in neither are classified by shape (the schema's `unlistedForms` default).
        weakForms: list(row.weak_forms),
        searchOnlyForms: list(row.search_only_forms),
      };
    }),
  };
}
