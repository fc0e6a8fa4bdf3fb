import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { validatePack } from './validate-pack.ts';

/** Pack files in a glossary folder; `*.schema.json` is the generated JSON Schema, not a pack. */
export function listPackFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Build-time gate (wxt.config.ts) and test helper: every pack in the folder is valid, named after
 * its id, and no two share an id. Throws one error listing every problem found.
 */
export function assertGlossaryDirValid(dir: string): void {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const file of listPackFiles(dir)) {
    const name = basename(file);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`${name}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const result = validatePack(data);
    if (!result.ok) {
      problems.push(...result.errors.map((error) => `${name}: ${error}`));
      continue;
    }
    if (`${result.pack.id}.json` !== name)
      problems.push(`${name}: pack id "${result.pack.id}" should match the file name`);
    if (ids.has(result.pack.id)) problems.push(`${name}: pack id "${result.pack.id}" is used by another file`);
    ids.add(result.pack.id);
  }
  if (problems.length > 0) throw new Error(`Invalid glossary packs:\n  ${problems.join('\n  ')}`);
}
