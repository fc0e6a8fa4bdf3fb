// Writes the hashed 7-word shingles of the source article: `npm run shingles`.
// The article lives outside the repo (`npm run shingles` passes its path beside the checkout; any
// path may be given as the first argument); the repo keeps only the hashes, which is all the glossary's "own words" test needs.
// Without the article, the file in the repo is left as it is.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SHINGLE_WORDS, hashShingle, shinglesOf, type ShingleFile } from './shingles.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const articlePath = process.argv[2];
if (!articlePath) throw new Error('usage: node tests/tools/write-shingles.ts <path of the source article>');
const outPath = `${root}tests/unit/glossary/calf-muscle.shingles.json`;

if (!existsSync(articlePath)) {
  console.log(`no article at ${articlePath}: tests/unit/glossary/calf-muscle.shingles.json left as it is`);
} else {
  const data: ShingleFile = {
    source:
      '“Calf Muscle”, Cleveland Clinic, medically reviewed 2021-08-05 (the pack calf-muscle.json is written from it)',
    words: SHINGLE_WORDS,
    hash: 'first 16 hex digits of SHA-256 of the lower-case words joined by single spaces (tests/tools/shingles.ts)',
    shingles: [...new Set(shinglesOf(readFileSync(articlePath, 'utf8')).map(hashShingle))].sort(),
  };
  writeFileSync(outPath, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`wrote tests/unit/glossary/calf-muscle.shingles.json: ${data.shingles.length} shingles`);
}
