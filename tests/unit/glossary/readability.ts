import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Words as a reader counts them: "lower-leg" and "can't" are one word each. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** A sentence ends at ., ! or ? followed by a space or the end; a colon or dash does not end one. */
const SENTENCE_END = /[.!?]+(?=\s|$)/g;

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade level (1975), as the `flesch-kincaid` package computes it. */
  grade: number;
}

/** Flesch–Kincaid grade of a short text, with syllables counted by the `syllable` package. */
export function readabilityOf(text: string): Readability {
  const words = text.match(WORD) ?? [];
  const sentences = Math.max(1, (text.match(SENTENCE_END) ?? []).length);
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  return {
    words: words.length,
    sentences,
    syllables,
    grade: fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables }),
  };
}

/** The middle value (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
