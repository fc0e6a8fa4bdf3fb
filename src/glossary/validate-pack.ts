import type { z } from 'zod/mini';
import { PackSchema, type GlossaryPack } from './schema.ts';

export type PackResult = { ok: true; pack: GlossaryPack } | { ok: false; errors: string[] };

/** `entries[3].aliases[0]`: the way a person finds the field in the file. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? formatPath(issue.path) : 'pack';
  return `${where}: ${issue.message}`;
}

/**
 * Checks a parsed pack against the schema and the cross-entry rules. A user can cause every error
 * here (a bad import), so errors are values, each naming the field at fault.
 */
export function validatePack(data: unknown): PackResult {
  const result = PackSchema.safeParse(data);
  if (result.success) return { ok: true, pack: result.data };
  return { ok: false, errors: result.error.issues.map(formatIssue) };
}
