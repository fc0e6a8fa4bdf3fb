import type { AnchorFinder, TextSpan } from './anchor-finder.ts';
import type { SentenceWords } from './anchor-word-starts.ts';

/** A pet, whose owner's body is often in the same sentence ("a dog bit my calf"). */
export const PET = /^(?:dogs?|dog['’]s|pupp(?:y|ies)|cats?|cat['’]s|kittens?)$/i;

/**
 * The words of another sense in `words` that name an animal, its meat, or the farm or kitchen it is
 * in, as `[start, end]` pairs: the one-word ones of `otherSenses` ("heifer", "beef", "braised",
 * "barn"), pets left out. The phrases are idioms and other things ("cold feet", "leg one": "straight-leg
 * ones the gastroc" is a calf exercise).
 */
export function animalWordsOf(finder: AnchorFinder, words: SentenceWords, negatives: readonly TextSpan[]): number[] {
  const text = finder.text;
  const others = finder.spans('otherSenses', words, negatives);
  const kept: number[] = [];
  for (let j = 0; j < others.length; j += 2) {
    const other = text.slice(others[j], others[j + 1]);
    if (!PET.test(other) && !/[\s\u00a0-]/.test(other)) kept.push(others[j]!, others[j + 1]!);
  }
  return kept;
}

/** Does a sentence hold a word of another sense that is not a pet ("beef", "the herd", "cold feet")? */
export function hasOtherThanPets(finder: AnchorFinder, words: SentenceWords, negatives: readonly TextSpan[]): boolean {
  const text = finder.text;
  const others = finder.spans('otherSenses', words, negatives);
  for (let j = 0; j < others.length; j += 2) if (!PET.test(text.slice(others[j], others[j + 1]))) return true;
  return false;
}
