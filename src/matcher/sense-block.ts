import type { RawMatch, SenseContext } from './apply-sense.ts';
import { isFragmentOf } from './block-anchor.ts';
import { AnimalAnchors, farmOf } from './farm-calf.ts';
import { animalsOwnMatches } from './animal-owner.ts';
import { firstAnimalOf, otherSenseUses, PERSON, type EntrySpan } from './other-sense-uses.ts';
import { isOtherRegions } from './other-region.ts';
import { animalWordsOf } from './animal-words.ts';
import { SentenceAnchors } from './sentence-anchors.ts';
import { sentencesOf } from './sentences.ts';
import { hasFormAt } from './forms-in.ts';

/**
 * One block as the sense rules read it (apply-sense.ts and the steps it asks): its sentences, each
 * sentence's anchors read when first asked, and the matches left once an animal's, a farm's and a
 * block's other sense have taken theirs. Built once a block, so every rule reads the same sentences.
 */
export interface SenseBlock {
  text: string;
  context: SenseContext;
  /** The matches the sense rules judge, in order. */
  raw: readonly RawMatch[];
  /** Those marked only where their own clause names the lower limb (other-sense-uses.ts). */
  needLimb: ReadonlySet<RawMatch>;
  sentenceAt: (at: number) => [number, number];
  anchorsAt: (sentence: [number, number]) => SentenceAnchors;
  /** May the block hold a word naming an animal, its meat, farm or kitchen (sense-context.ts)? */
  hasAnimalHint: () => boolean;
}

/** Reads `text` for the sense rules: its forms `found`, less those another sense keeps (above). */
export function senseBlockOf(
  text: string,
  found: readonly RawMatch[],
  negatives: readonly EntrySpan[],
  context: SenseContext,
): SenseBlock {
  const { bodily, anchors: finder } = context;
  finder.read(text);
  const sentences = sentencesOf(text, found);
  const sentenceAt = (at: number) => sentences.at(at);
  // A farm's calf is the animal, not marked, and its sentence an animal's (farm-calf.ts).
  const farm = farmOf(text, found, sentenceAt);
  // The matches the sense rules judge: filled once the other senses have taken theirs, before any
  // sentence is asked for its strong forms (the sentences read for animal words are kept).
  const raw: RawMatch[] = [];
  const bySentence = new Map<number, SentenceAnchors>();
  const anchorsAt = ([from, to]: [number, number]) => {
    let anchors = bySentence.get(from);
    if (!anchors) {
      const kind = farm.isAt(from) ? AnimalAnchors : SentenceAnchors;
      anchors = new kind(from, to, raw, negatives, finder, sentences.senseFrom(from));
      bySentence.set(from, anchors);
    }
    return anchors;
  };
  let mayHoldAnimals: boolean | undefined;
  let firstAnimal: number | undefined;
  const hasAnimalHint = () => (mayHoldAnimals ??= context.animalHint?.test(text) ?? false);
  const uses = otherSenseUses(
    farm.others,
    negatives,
    bodily,
    (at) => farm.isAt(at) || (hasAnimalHint() && anchorsAt(sentenceAt(at)).hasAnimalWord),
    () =>
      (firstAnimal ??= hasAnimalHint()
        ? firstAnimalOf(text, animalWordsOf(finder, finder.words(0, text.length), []))
        : Infinity),
    (at) => PERSON.test(text.slice(...sentenceAt(at))),
    animalsOwnMatches(text, found, context, sentenceAt),
  );
  raw.push(...uses.raw);
  return { text, context, raw, needLimb: uses.needLimb, sentenceAt, anchorsAt, hasAnimalHint };
}

/** Is the form another body region's symptom (other-region.ts)? Asked only of a form something anchored. */
export function isElsewhere(
  { sentenceAt, anchorsAt }: SenseBlock,
  match: RawMatch,
  sentence: [number, number],
  anchors: SentenceAnchors,
): boolean {
  const before = () => (sentence[0] === 0 ? undefined : anchorsAt(sentenceAt(sentence[0] - 1)));
  return isOtherRegions(match.start, anchors, before);
}

/** A subjectless fragment of a sentence with no other sense (block-anchor.ts); `isItem`: of a short block. */
export function isFragment(
  { text, raw }: SenseBlock,
  match: RawMatch,
  sentence: [number, number],
  anchors: SentenceAnchors,
  isItem: boolean,
): boolean {
  const isSymptomAt = (at: number) =>
    hasFormAt(raw, at) || anchors.symptomWords.some((edge, k) => k % 2 === 0 && edge === at);
  return !anchors.isOtherSense && isFragmentOf(text, sentence, match, raw, isSymptomAt, isItem);
}
