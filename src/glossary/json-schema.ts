import * as z from 'zod/mini';
import { PackSchema } from './schema.ts';

/**
 * JSON Schema of a pack file, for editors (`"$schema": "./pack.schema.json"`). It describes each
 * field; the cross-entry rules (unique ids and forms, known references) are only in `validatePack`.
 */
export function packJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PackSchema, { io: 'input', unrepresentable: 'any' });
}

export function packJsonSchemaText(): string {
  return `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
}
