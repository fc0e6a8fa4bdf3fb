// Regenerates the glossary's generated files: `npm run schema`.
// - glossary/pack.schema.json, the JSON Schema of a pack, from the zod schema;
// - glossary/compiled/bundled-tries.json, the bundled packs' matcher, precompiled (compiled-tries.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listPackFiles } from '../../src/glossary/check-glossary-dir.ts';
import { packJsonSchemaText } from '../../src/glossary/json-schema.ts';
import type { GlossaryPack } from '../../src/glossary/schema.ts';
import { bundledTriesText } from '../../src/matcher/bundled-tries.ts';

const glossary = fileURLToPath(new URL('../../glossary/', import.meta.url));
const packs = listPackFiles(glossary).map((file) => JSON.parse(readFileSync(file, 'utf8')) as GlossaryPack);
for (const [path, text] of [
  ['pack.schema.json', packJsonSchemaText()],
  ['compiled/bundled-tries.json', bundledTriesText(packs)],
] as const) {
  writeFileSync(`${glossary}${path}`, text);
  console.log(`wrote glossary/${path}`);
}
