import { createHash } from 'node:crypto';

/** Words per shingle: a run of 7 words shared with the article counts as copied (the "own words" rule). */
export const SHINGLE_WORDS = 7;

/** Hex digits of SHA-256 kept per shingle: 64 bits, so a chance collision among ~10⁴ shingles is ~10⁻¹¹. */
const HASH_HEX_DIGITS = 16;

/** Lower-case words, with ’ read as ': "doesn’t" and "doesn't" are one word. */
export function wordsOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[a-z0-9']+/g) ?? []
  );
}

/** Every run of `SHINGLE_WORDS` consecutive words, joined by single spaces. */
export function shinglesOf(text: string): string[] {
  const words = wordsOf(text);
  const runs: string[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) runs.push(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return runs;
}

/**
 * A shingle as stored in the repo: a hash, so the project keeps the "own words" check without
 * shipping the article's sentences.
 */
export function hashShingle(shingle: string): string {
  return createHash('sha256').update(shingle).digest('hex').slice(0, HASH_HEX_DIGITS);
}

/** The file `npm run shingles` writes, and the glossary test reads. */
export interface ShingleFile {
  /** Which article, and how the shingles were made. */
  source: string;
  words: number;
  hash: string;
  /** Hashed shingles, sorted and without repeats. */
  shingles: string[];
}
