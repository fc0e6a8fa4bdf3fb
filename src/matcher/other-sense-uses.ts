import type { TextSpan } from './anchor-finder.ts';
import type { RawMatch } from './apply-sense.ts';

/** A negative context found in a block, with the entry whose forms it sets aside. */
export interface EntrySpan extends TextSpan {
  entryId: string;
}

/** A block's matches once its other senses have taken theirs. */
export interface OtherSenseUses {
  /** The matches left for the sense rules, in order. */
  raw: readonly RawMatch[];
  /** Those marked only where their own clause names the lower limb (a lower-limb word or frame). */
  needLimb: ReadonlySet<RawMatch>;
}

/**
 * Two rules found on pages nobody wrote for the corpus (docs/sense.md, "Real pages, first sight"):
 *
 * - A strong form of a bodily entry (a part of a body, or a state of one: pregnancy, obesity) in a
 *   sentence with a word that names an animal, its meat, or its farm or kitchen (not a pet) is the
 *   animal's: "braised beef tendon", "take the thigh bone out of the leg of lamb", "heifers get
 *   pregnant sooner". Body words there were a person's in no one's reading
 *   (sentence-anchors.ts); strong forms were, and they anchored the weak forms beside them ("beef
 *   tendon so tender"). Set aside: not marked, and they anchor nothing.
 * - An entry keeps through its block the other sense it was first met in: after "wrist tendonitis"
 *   (a negative context) or "beef tendon" (set aside above), a later "tendonitis" or "tendon" of
 *   the same paragraph is that one, unless its own clause names the lower limb ("… and I tore a
 *   tendon in my ankle"). Such a later strong form counts as weak: it anchors nothing. Relaxed
 *   forms keep their rules: "the dehydrated fruit cake … dehydrated kids on the hike" (a probe of
 *   the eleventh round, in one block) is the kids'.
 * - After such a word in an earlier sentence of the block, a bodily strong form is set aside too,
 *   unless its own sentence names a person ("my", "I", "her"…), and in such a block a weak or paired
 *   form after the animal word is marked only where its clause names the lower limb (the wrong-card
 *   round: "…rest the cooked pork
 *   shoulder in its liquid. Why? The muscle fibers relax"; "We rested the roast chicken. Every
 *   muscle fibre stayed juicy and tender"). "Bought a leg of lamb. Then I tore a tendon in my
 *   ankle" is still the writer's.
 *
 * - The forms of a block that are a pet's, a horse's or a vet's patient's (`owned`, animal-owner.ts:
 *   "If your dog is limping, the vet will rule out bone fractures") are set aside as above.
 *
 * `isAnimalsAt(at)`: does the sentence around offset `at` hold such a word? `firstAnimalAt()`: where
 * the block's first one is (`Infinity` if none). `isPersonsAt(at)`: does the sentence name a person?
 */
export function otherSenseUses(
  found: readonly RawMatch[],
  negatives: readonly EntrySpan[],
  bodily: ReadonlySet<string>,
  isAnimalsAt: (at: number) => boolean,
  firstAnimalAt: () => number,
  isPersonsAt: (at: number) => boolean,
  owned: ReadonlySet<RawMatch>,
): OtherSenseUses {
  const firstOther = new Map<string, number>();
  const note = (entryId: string, at: number) => {
    if ((firstOther.get(entryId) ?? Infinity) > at) firstOther.set(entryId, at);
  };
  for (const negative of negatives) note(negative.entryId, negative.start);
  const setAside = new Set<RawMatch>();
  const isBodilyStrong = (match: RawMatch) => match.sense === 'strong' && bodily.has(match.entryId);
  // Does a bodily strong form follow an animal word of an earlier sentence? Only then are the weak
  // forms after it asked, so a block without a bodily form tests no animal word (the cost of
  // `animalHint` on every block with a weak form: `node tests/bench/match-forum.ts DIR`).
  let isAfterAnimalBlock = false;
  for (const match of found) {
    if (owned.has(match)) {
      setAside.add(match);
      continue;
    }
    if (!isBodilyStrong(match)) continue;
    if (isAnimalsAt(match.start)) {
      setAside.add(match);
      note(match.entryId, match.start);
    } else if (firstAnimalAt() < match.start) {
      isAfterAnimalBlock = true;
      if (!isPersonsAt(match.start)) setAside.add(match);
    }
  }
  const needLimb = new Set<RawMatch>();
  const isAfterAnimal = (match: RawMatch) =>
    isAfterAnimalBlock &&
    (match.sense === 'weak' || match.sense === 'paired') &&
    firstAnimalAt() < match.start &&
    !isAnimalsAt(match.start);
  if (firstOther.size === 0 && setAside.size === 0 && !found.some(isAfterAnimal)) return { raw: found, needLimb };
  const raw: RawMatch[] = [];
  for (const match of found) {
    if (setAside.has(match)) continue;
    if ((firstOther.get(match.entryId) ?? Infinity) >= match.start)
      raw.push(isAfterAnimal(match) ? addTo(needLimb, match) : match);
    else if (isBodilyStrong(match)) raw.push(addTo(needLimb, { ...match, sense: 'weak' }));
    else raw.push(match.sense === 'weak' || match.sense === 'paired' ? addTo(needLimb, match) : match);
  }
  return { raw, needLimb };
}

const addTo = (set: Set<RawMatch>, match: RawMatch) => (set.add(match), match);

/** A person named in a sentence: a bodily form there may be theirs after an animal named before. */
export const PERSON = /\b(?:I|me|my|mine|we|our|you|your|he|his|him|she|her|they|their)\b/i;

/**
 * Where the first animal word of a block stands alone (`spans`: its animal words): one joined by a
 * hyphen names a yoga pose or the like ("the cat-cow stretch", on a back-pain page of the held-out
 * set), which says nothing of the sentences after it. In its own sentence the hyphen changes
 * nothing ("braised-beef-tendons").
 */
export function firstAnimalOf(text: string, spans: readonly number[]): number {
  for (let k = 0; k < spans.length; k += 2)
    if (text[spans[k]! - 1] !== '-' && text[spans[k + 1]!] !== '-') return spans[k]!;
  return Infinity;
}
