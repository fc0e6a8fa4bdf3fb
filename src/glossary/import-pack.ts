// The browser build: no Node streams; pure parsing, no network code (papaparse carries an XHR loader).
import { parse } from 'csv-parse/browser/esm/sync';
import { packFromCsvRows, CSV_COLUMNS } from './csv-pack.ts';
import type { GlossaryPack } from './schema.ts';
import { validatePack } from './validate-pack.ts';

/** Larger files are refused before parsing: the bundled pack is 40 kB. */
export const MAX_IMPORT_BYTES = 1_000_000;
export const MAX_IMPORT_ENTRIES = 5_000;

export type ImportResult = { ok: true; pack: GlossaryPack } | { ok: false; errors: string[] };

const fail = (...errors: string[]): ImportResult => ({ ok: false, errors });

/** "Unexpected token } in JSON at position 120" → the line and column a person can find. */
function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `The file is not valid JSON: line ${lineColumn[1]}, column ${lineColumn[2]}.`;
  if (position === undefined) return `The file is not valid JSON (${message}).`;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `The file is not valid JSON: line ${line}, column ${column}.`;
}

function importJson(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(describeJsonError(text, error));
  }
  const entries = (data as { entries?: unknown })?.entries;
  if (Array.isArray(entries) && entries.length > MAX_IMPORT_ENTRIES)
    return fail(`entries: at most ${MAX_IMPORT_ENTRIES} entries can be imported (the file has ${entries.length}).`);
  return validatePack(data);
}

interface CsvRecord {
  info: { lines: number };
  record: Record<string, string>;
}

function importCsv(fileName: string, text: string): ImportResult {
  let columns: string[] = [];
  let records: CsvRecord[];
  try {
    records = parse(text, {
      bom: true,
      columns: (header: string[]) => (columns = header.map((column) => column.trim().toLowerCase())),
      skip_empty_lines: true,
      // Each record with the line it ends on, so errors can name the line.
      info: true,
    }) as unknown as CsvRecord[];
  } catch (error) {
    // csv-parse's messages name the line: "Invalid Record Length: expect 2, got 3 on line 4".
    return fail(`The file is not valid CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
  const unknown = columns.filter((column) => !(CSV_COLUMNS as readonly string[]).includes(column));
  if (unknown.length > 0)
    return fail(
      `line 1: unknown column ${unknown.map((c) => `“${c}”`).join(', ')}; columns are ${CSV_COLUMNS.join(', ')}.`,
    );
  for (const required of ['term', 'definition'])
    if (!columns.includes(required)) return fail(`line 1: the header row needs a “${required}” column.`);
  if (records.length > MAX_IMPORT_ENTRIES)
    return fail(`at most ${MAX_IMPORT_ENTRIES} rows can be imported (the file has ${records.length}).`);
  const result = validatePack(
    packFromCsvRows(
      fileName,
      records.map(({ record }) => record),
    ),
  );
  if (result.ok) return result;
  // `entries[3].term: …` → `line 5, term: …`
  return fail(
    ...result.errors.map((error) =>
      error.replace(/^entries\[(\d+)\]\.?([\w.[\]]*)/, (_, row: string, field: string) => {
        const line = `line ${records[Number(row)]?.info.lines ?? Number(row) + 2}`;
        return field ? `${line}, ${field.replace(/^short\b/, 'definition').replace(/^long\b/, 'details')}` : line;
      }),
    ),
  );
}

/**
 * Reads a glossary pack from a user's file: JSON in the project's schema, or CSV with a header row
 * (`term,definition,aliases,category,…`). The whole file is checked before anything is kept; every
 * problem comes back as a message naming the line or field. `taken` are the ids of bundled packs,
 * which an import may not replace.
 */
export function importPack(fileName: string, text: string, taken: ReadonlySet<string>): ImportResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES)
    return fail(
      `The file is ${Math.ceil(bytes / 1000)} kB; packs of up to ${MAX_IMPORT_BYTES / 1000} kB can be imported.`,
    );
  if (text.trim() === '') return fail('The file is empty.');
  const result = /\.csv$/i.test(fileName) ? importCsv(fileName, text) : importJson(text);
  if (result.ok && taken.has(result.pack.id))
    return fail(`id: “${result.pack.id}” is a bundled pack's id; give the imported pack another id.`);
  return result;
}
