// Regenerates glossary/pack.schema.json from the zod schema: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { packJsonSchemaText } from '../../src/glossary/json-schema.ts';

const target = new URL('../../glossary/pack.schema.json', import.meta.url);
writeFileSync(target, packJsonSchemaText());
console.log(`wrote ${target.pathname}`);
