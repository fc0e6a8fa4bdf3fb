import type { RawMatch, SenseContext } from './apply-sense.ts';
import { PERSON } from './other-sense-uses.ts';

/** Pets by name; a charley horse is a cramp. */
const PET_NAMES = String.raw`[Dd]ogs?|[Pp]upp(?:y|ies)|[Cc]ats?|[Kk]ittens?|(?<![Cc]harl(?:ey|ie)[\s-])[Hh]orses?|[Pp]on(?:y|ies)`;
/** A vet who is a veteran: "army vets". */
const NOT_VETERAN = String.raw`(?<!(?:[Aa]rmy|[Ww]ar|[Mm]ilitary|[Nn]avy|[Cc]ombat|[Ff]ellow)\s)`;
/**
 * A pet, a horse, or a vet and what a vet treats. Lower case or capitalized only, so "CAT scan" is no
 * cat; "vet" may be a veteran ("army vets"), who is a person and is told by "I", "his"… in the same sentence. A
 * "charley horse" is a cramp (four forum sentences of the corpus lost it to a first version), and a
 * word joined by a hyphen names a yoga pose ("the cat-cow stretch", on a back-pain page).
 */
const ANIMAL_WORD = String.raw`(?<!-)(?:${PET_NAMES}|${NOT_VETERAN}[Vv]ets?|[Vv]eterinar(?:y|ians?)|[Pp]aws?|[Cc]anines?|[Ff]elines?)(?:['’]s?)?\b(?!-)`;
const ANIMAL = new RegExp(String.raw`\b${ANIMAL_WORD}`);
const ANIMALS = new RegExp(String.raw`\b${ANIMAL_WORD}`, 'g');

const PET = String.raw`(?<!-)\b(?:${PET_NAMES})`;

/**
 * What says the body is the animal's, not only that an animal is about: a vet's word or a part only
 * an animal has (paw, foreleg, hoof), a pet's
 * possessive ("your dog's limp"), a pet said to be or have something ("the dog was limping", "older
 * cats can get"), a limping pet or pets in general ("Limping in dogs"). A pet walked, chased or
 * tripped over says nothing of its body: "Walked the dog for an hour, calf cramp hit halfway" is a
 * forum post without a pronoun, and a first version (any pet word) set its cramp aside.
 */
const ANIMALS_BODY = new RegExp(
  String.raw`\b${NOT_VETERAN}(?:[Vv]ets?|[Vv]eterinar(?:y|ians?)|[Pp]aws?|[Cc]anines?|[Ff]elines?|[Ff]orelegs?|[Hh]ind\s?legs?|[Hh]oo(?:f|ves))\b(?!-)` +
    String.raw`|${PET}(?:['’]s\b|\s+(?:is|are|was|were|has|have|had|may|might|can|could|will|would|gets?|got|came|keeps?|kept|seems?|seemed|starts?|started|limps?|limped|limping|favou?rs?|favou?red|needs?|needed|suffers?|suffered|develops?|developed|won['’]t|doesn['’]t|didn['’]t|isn['’]t|wasn['’]t)\b)` +
    String.raw`|\b(?:limping|lame|injured|in|older|young|large|small)\s+(?:dogs?|pupp(?:y|ies)|cats?|kittens?|horses?|pon(?:y|ies))\b`,
);

/** An owner's word before the animal: "your dog", "my old cat", "our vet" name no person's body. */
const OWNED_ANIMAL = new RegExp(String.raw`\b(?:my|your|our|his|her|their)\s+(?:\w+\s+)?(?=${ANIMAL_WORD})`, 'gi');

/** Does a sentence name a person, the owners' words before an animal set aside? */
const namesPerson = (sentence: string) => PERSON.test(sentence.replace(OWNED_ANIMAL, ' '));

/**
 * Is a sentence about an animal's body (issue 11, the pets-and-vets round)? It says so
 * (`ANIMALS_BODY`), and names no person once the owners' words before the animal are set aside: "If your dog is
 * limping, the vet will rule out bone fractures" is the dog's; "My dog tripped me and I fractured my
 * ankle" and "A dog knocked him over and he fractured his wrist" are the person's. "The dog hurt his
 * leg" names "his", read as a person's: such a sentence keeps its marks (docs/sense.md, "Known limits").
 */
export function isAnimalsOwn(sentence: string): boolean {
  return ANIMALS_BODY.test(sentence) && !namesPerson(sentence);
}

/**
 * Must a block of strong forms only be read for an animal's body? Only where it holds a condition and
 * may name a pet or a vet; other such blocks are kept whole without reading a sentence (apply-sense.ts).
 */
export const mayBeAnimals = (text: string, found: readonly RawMatch[], { conditions }: Owned): boolean =>
  found.some((match) => conditions.has(match.entryId)) && ANIMAL.test(text);

type Owned = Pick<SenseContext, 'bodily' | 'conditions'>;

/** A visit or a symptom of the animal's, which a whole paragraph may go on about ("Why is my dog limping?"). */
const CLINICAL = /\b(?:vets?|veterinar\w*|limp\w*|lame(?:ness)?)\b/i;

/**
 * The matches of a block that are an animal's body's: in a sentence about one (`isAnimalsOwn`), and,
 * after one that also names a vet or a limp (`CLINICAL`), in every later sentence naming no person:
 * every weak, relaxed or paired form, and every strong form of a body's part or state ("tendon",
 * "obese") or of a condition ("bone fractures"). "Why is my dog limping? … Sprains, strains,
 * fractures or torn ligaments are common" is the dog's; "The dog bolted. I tore a tendon in my ankle"
 * the writer's, and so is "Cat is fine. Stress fracture confirmed today" (a pet's state says nothing
 * of the next sentence). Empty where the block names no animal.
 */
export function animalsOwnMatches(
  text: string,
  found: readonly RawMatch[],
  { bodily, conditions }: Owned,
  sentenceAt: (at: number) => [number, number],
): ReadonlySet<RawMatch> {
  const owned = new Set<RawMatch>();
  if (!ANIMAL.test(text)) return owned;
  const ownable = (match: RawMatch) => bodily.has(match.entryId) || conditions.has(match.entryId);
  let firstClinical = Infinity;
  for (const animal of text.matchAll(ANIMALS)) {
    const sentence = text.slice(...sentenceAt(animal.index));
    if (isAnimalsOwn(sentence) && CLINICAL.test(sentence)) {
      firstClinical = animal.index;
      break;
    }
  }
  for (const match of found) {
    if (match.sense === 'strong' && !ownable(match)) continue;
    const sentence = text.slice(...sentenceAt(match.start));
    if (isAnimalsOwn(sentence) || (firstClinical < match.start && !namesPerson(sentence))) owned.add(match);
  }
  return owned;
}
