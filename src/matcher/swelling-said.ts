import type { RawMatch } from './apply-sense.ts';
import type { Match } from './matcher.ts';
import { isOfNature } from './symptom-pair.ts';
import { legPartsOf, otherRegionsOf } from './other-region.ts';
import { MAX_SENTENCE } from './long-sentence.ts';

/**
 * A swelling told by its course or denied, with no part named: "the swelling went down after two
 * days", "by morning the swelling had subsided", "the swelling started to go down", "There was no
 * swelling." (the eighteenth session: held-out forum posts about a knock, a bite or a sprain named the
 * part a paragraph away or not at all). The noun with "the" or "my" before it and a verb of its going
 * after it is a body's where its sentence has a body's cue too (`CUE`): everyday swellings are of
 * something ("the swelling of the river went down") or adjectives ("swelling crowds"), and a verb
 * only a swelling does leaves neither. A denial needs
 * the sentence or its clause to end right after ("There is no swelling in support for the bill" goes
 * on). Thread-shape.ts reads the looser shapes (any helping verb) once the writer's leg is named;
 * this is read with no anchor at all, so it is stricter. Normal colour: no part of the leg is named,
 * and the caller sets aside another region (the edema card is the leg's).
 */

const SWELLING = /^(?:swelling|puffiness)$/i;
const GAP = String.raw`[\s\u00a0]+`;
/** "the", "my", "her", perhaps with a word of which swelling: "the remaining swelling". */
const POINTED = new RegExp(
  String.raw`\b(?:the|my|his|her|their|your|this|that|any)${GAP}(?:(?:remaining|residual|initial|worst|last|little|bit${GAP}of|rest${GAP}of${GAP}the)${GAP})?$`,
  'i',
);
const HELPERS = String.raw`(?:(?:has|had|have|is|was|were|will|would|should|did|does|finally|slowly|gradually|eventually|quickly|never|still|just|already|mostly|completely|not|n['’]t|only|then|now|soon|also|really|started${GAP}to|starting${GAP}to|began${GAP}to|begun${GAP}to|seems${GAP}to|seemed${GAP}to|took${GAP}(?:a${GAP}|two${GAP}|three${GAP}|several${GAP}|a${GAP}few${GAP})?(?:days?|weeks?|months?|while|ages)${GAP}to)${GAP}){0,4}`;
/** What only a body's swelling does: goes down, subsides, recedes; or worries the writer. */
const GOING = String.raw`(?:(?:went|go|goes|gone|going)${GAP}(?:down|away)|(?:come|came|comes|coming)${GAP}(?:down|back)|subside[sd]?|subsiding|recede[sd]?|receding|eased?|eases|easing|disappear(?:ed|s|ing)?|reduced?|reducing|shr[iau]nk|shrinks|shrinking|worsened|improved|returned|lingered|persisted|worr(?:ies|ied)${GAP}me|concerns${GAP}me|concerned${GAP}me|bothers${GAP}me|scares${GAP}me)`;
/** "gone" or "down" only after a verb of being: "the swelling is down", "has gone", not "bring the swelling down". */
const BEEN = String.raw`(?:is|was|has|had|['’]s)${GAP}(?:(?:all|mostly|completely|nearly|almost|finally|now|pretty${GAP}much)${GAP})?(?:gone|down)`;
const COURSE = new RegExp(String.raw`^${GAP}(?:${HELPERS}${GOING}|${BEEN})\b`, 'i');

/** "there is no swelling", "there's still some swelling", "as long as there is swelling". */
const THERE_BEFORE = new RegExp(
  String.raw`(?:\b(?:but|and|otherwise)|,)${GAP}(?:otherwise${GAP})?no${GAP}(?:(?:real|obvious|visible|major|noticeable|significant|much)${GAP})?$|\bthere(?:${GAP}(?:is|was|are|were|has${GAP}been|had${GAP}been|will${GAP}be|isn['’]t|wasn['’]t)|['’]s)${GAP}(?:(?:no|some|any|still|little|less|more|much|minimal|mild|slight|a${GAP}lot${GAP}of|a${GAP}little|a${GAP}bit${GAP}of|barely${GAP}any|hardly${GAP}any)${GAP})*$`,
  'i',
);
/** "it was swelling", "it immediately started swelling": a pointing word and a verb of being or starting before the form. */
const IT_BEFORE = new RegExp(
  String.raw`\b(?:it|he|she|they)(?:${GAP}(?:was|is|were|are|started|starts|began|kept|keeps|been|has|had|just|already|immediately|quickly|really|still|then|now|soon))+${GAP}$`,
  'i',
);
const SWELLING_VERB = /^swelling$/i;

/**
 * A swelling caused, prevented or named as a cause's result: "Some types of cancer can also cause
 * swelling.", "What causes swelling?", "Take these steps to prevent swelling:", "Swelling can be
 * caused by the chemotherapy." A cause's swelling is a body's where nothing follows it in its clause:
 * "rain can cause swelling of the river", "salt causes swelling in the dough" go on to say whose.
 */
const CAUSED_BEFORE = new RegExp(
  String.raw`\b(?:cause|causes|caused|causing|prevent|prevents|prevented|preventing|trigger|triggers|triggered|lead${GAP}to|leads${GAP}to|led${GAP}to|result${GAP}in|results${GAP}in)${GAP}(?:(?:some|any|more|less|mild|severe|painful|sudden|temporary|permanent)${GAP})?$`,
  'i',
);
const CAUSED_AFTER = new RegExp(
  String.raw`^${GAP}(?:(?:can|may|might|could|is|are|was|were|often|usually|also|sometimes)${GAP}){0,3}(?:be${GAP})?caused${GAP}by\b`,
  'i',
);

/** What may follow a swelling there is: the sentence's end or its clause's, not what it is of or in. */
const ENDS =
  /^(?:[\s\u00a0]*(?:[.,;:!?)…]|$)|[\s\u00a0]+(?:and|but|or|yet|now|anymore|any[\s\u00a0]+more|at[\s\u00a0]+all|today|yet|either)\b)/i;

/** How far before its sentence a river or a flood may be named, in characters: a sentence or two. */
const NEAR = 200;
const WATER = /\b(?:flood(?:s|ed|ing|water|waters)?|dams?|lakes?|streams?|creeks?|banks|tide|swell)\b/i;

/**
 * A body's own word in the sentence besides the swelling: a pain, a fever, a blister or a bite, care
 * (ice, a doctor, an X-ray), walking. "The swelling goes down overnight and comes back by lunch" says
 * nothing of whose swelling it is: a post's heading or its paragraph before may name a farm's calf, a
 * dog or a wrist, and the thread rules read those (thread-leg.ts, heading-leg.ts). With a cue the
 * sentence is a person's account: "It still hurt but the swelling started to go down".
 */
const CUE =
  /\b(?:pain|painful|hurts?|hurting|aches?|aching|achy|sore|soreness|fever|blisters?|bruis(?:e|es|ed|ing)|stings?|bites?|itch(?:y|ing)?|ice|iced|icing|ice[\s\u00a0]*packs?|elevat(?:e|ed|ing)|ibuprofen|paracetamol|meds|medication|antibiotics?|steroids?|doc|doctor|GP|nurse|physio|x-?rays?|scans?|stitches|cast|brace|crutches|walk|walked|walking|limp(?:ed|ing)?|blood[\s\u00a0]+pressure|BP|dislocated|sprain(?:s|ed)?|broken|fractur(?:e|es|ed)|injur(?:y|ies|ed)|redness|rash|tender|tenderness|numb|numbness|infection|infected)\b/i;

/** Is `match` a swelling told by its course or denied, in its sentence `[from, to)`? */
export function isSwellingSaid(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  if (!SWELLING.test(text.slice(match.start, match.end))) return false;
  // "Floodwater covered the high street by Friday. The swelling took a week to go down": a river's;
  // "Our dog hurt his paw. The swelling went down with ice": a dog's.
  const near: [number, number] = [Math.max(0, from - NEAR), to];
  if (isOfNature(text, near) || WATER.test(text.slice(...near)) || isAnimalLast(text.slice(...near))) return false;
  const before = text.slice(Math.max(from, match.start - 60), match.start);
  const after = text.slice(match.end, to);
  const isCaused =
    (CAUSED_BEFORE.test(before) && ENDS.test(after)) ||
    (/^\s*$/.test(text.slice(from, match.start)) && CAUSED_AFTER.test(after));
  if (isCaused) return true;
  const isSaid =
    (POINTED.test(before) && COURSE.test(after)) ||
    (THERE_BEFORE.test(before) && ENDS.test(after)) ||
    (SWELLING_VERB.test(text.slice(match.start, match.end)) &&
      IT_BEFORE.test(before) &&
      /^(?:[\s\u00a0]+up\b)?(?:[\s\u00a0]*[.,;!?]|[\s\u00a0]+(?:so|and|but|again|badly|quickly|fast)\b|$)/i.test(
        after,
      ));
  return isSaid && (CUE.test(text.slice(from, match.start)) || CUE.test(after) || /\bme\b/i.test(after));
}

/** Could the block `text` tell a swelling so (a quick test before sentences are read)? */
export const mayBeSwellingSaid = (text: string): boolean => MAY_SAY.test(text);

/**
 * A swelling with a word of its course soon after it, or "there" soon before it: most blocks that
 * name a swelling say where it is ("my ankle is swelling"), and the sense rules need not read them
 * for this rule (the bench's forums took 4–12 % more time against the walk with any "swelling").
 */
const MAY_SAY =
  /\b(?:caus|prevent|trigger|lead|led|result)[a-z]*\s+(?:[a-z]+\s+)?(?:swelling|puffiness)\b|\b(?:swelling|puffiness)\s+(?:[a-z]+\s+){0,3}caused\b|\b(?:it|he|she|they)\b[^.!?]{0,30}\bswelling\b|\bno\s+(?:[a-z]+\s+)?swelling\b|\b(?:swelling|puffiness)\b[^.!?]{0,60}?\b(?:went|go|goes|gone|going|came|come|comes|subsid|reced|eas|disappear|reduc|shr|worsen|improv|return|linger|persist|down|worr|concern|bother|scare)|\bthere\b[^.!?]{0,40}\b(?:swelling|puffiness)\b/i;

/** How much of the blocks before is read for another region or an animal: the last sentence or two. */
const TAIL = 200;
/** Animals whose swelling a post tells (the pack's animal words are read from the block itself). */
const ANIMAL =
  /\b(?:dogs?|pupp(?:y|ies)|cats?|kittens?|horses?|pon(?:y|ies)|foals?|mares?|geldings?|cows?|cattle|heifers?|lambs?|ewes?|sheep|goats?|pigs?|rabbits?|vets?|farm|herd|paddock|stables)\b/gi;

/** Is an animal named in `text` after its last part of the leg ("Walked the dog and twisted my ankle." names the writer's)? */
function isAnimalLast(text: string): boolean {
  const found = [...text.matchAll(ANIMAL)].at(-1);
  if (!found) return false;
  return found.index > (legPartsOf(text, 0, text.length).at(-1) ?? -1);
}

/**
 * The swellings told by their course or denied in the block's first sentence, with no part of the
 * leg before them in the block, whose blocks before (`earlier`, read only when there is one) end on
 * another region or an animal: "This week my wrist swelled up." then "The swelling went down with
 * ice."; "Our dog hurt his paw." then "The swelling went down with ice." are not the edema card's.
 */
export function withoutSwellingsElsewhere(text: string, marks: Match[], earlier?: () => string): Match[] {
  if (!earlier || !marks.some((mark) => SWELLING.test(text.slice(mark.start, mark.end)))) return marks;
  // Where the block's first sentence ends, found once (a search per mark was quadratic in a long block).
  const stop = text.slice(0, MAX_SENTENCE + 1).search(/[.!?]\s/);
  const firstEnd = stop < 0 ? Math.min(text.length, MAX_SENTENCE) : stop;
  const isFirstSaid = (mark: Match) =>
    mark.start < firstEnd &&
    SWELLING.test(text.slice(mark.start, mark.end)) &&
    legPartsOf(text, 0, mark.start).length === 0 &&
    isSwellingSaid(text, { ...mark, sense: 'weak' }, [0, text.length]);
  if (!marks.some(isFirstSaid)) return marks;
  const blocks = earlier();
  const tail = blocks.slice(-TAIL);
  const regions = otherRegionsOf(tail, 0, tail.length);
  const legs = legPartsOf(tail, 0, tail.length);
  const isElsewhere = (regions.at(-1) ?? -1) > (legs.at(-1) ?? -1) || isAnimalLast(tail);
  return isElsewhere ? marks.filter((mark) => !isFirstSaid(mark)) : marks;
}
