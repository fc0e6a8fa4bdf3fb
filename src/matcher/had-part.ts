import type { RawMatch } from './apply-sense.ts';
import { isNotBody, PART } from './account-part.ts';
import { PART_ENDS } from './bare-part.ts';

/**
 * A person who has the part, opening its sentence or after a pronoun: "I have a knee that…", "I've
 * got a calf that…", "Got a knee that…", "He has knees like…". Not "The farm has a calf that…", nor
 * "we have calves like rocks this year": a farmer says it of the herd ("we", "you" and "they" are left out).
 */
const HAS =
  /(?:^\s*|\b(?:I|he|she)(?:['’](?:ve|s|d))?\s+)(?:(?:still|also|now|just|always|already|have|has)\s+)?(?:have|has|had|got)\s+(?:got\s+)?(?:(?:a|an|one)\s+)?$/i;

/**
 * What the part does in the clause after "that": clicking, aching, swelling, cramping, locking,
 * giving way, a tear. What only a body's part does: a farm's calf that "won't take the teat" or
 * "keeps wandering off" is not here.
 */
const DOES =
  /^\s+(?:that|which)\s+(?:(?:still|always|often|sometimes|just|keeps?|kept|tends\s+to)\s+)*(?:click\w*|ache[sd]?|aching|swell\w*|cramp\w*|lock(?:s|ed|ing)?(?:\s+up)?|pop(?:s|ped|ping)?|give[sn]?\s+(?:way|out)|gave\s+(?:way|out)|buckle[sd]?|hurts?|twinge[sd]?|grind(?:s|ing)?|creak\w*|dislocate[sd]?|won['’]t\s+(?:bend|straighten)|does(?:n['’]t|\s+not)\s+(?:bend|straighten)|(?:is|was|has\s+been)\s+(?:\w+\s+)?(?:torn|sore|stiff|swollen|arthritic|dodgy))\b/i;

/**
 * A part likened or boasted: "calves like rocks", "knees like an old man's", "calves of iron". Hard
 * things and people's builds only: "The calves like to be fed at dawn", "knees of a wooden puppet".
 */
const HARD = String.raw`(?:solid\s+)?(?:rocks?|bricks?|stones?|boulders?|concrete|iron|steel|granite|tree\s+trunks|cannonballs?)\b(?!\s+age)`;
const BUILD = String.raw`(?:an?\s+)?(?:old\s+(?:man|woman|lady)|pensioner|footballer|cyclist|dancer|sprinter|runner|ballerina|bodybuilder|skier|climber|sumo\s+wrestler)['’]s`;
// The likening ends its noun (`PART_ENDS`): not "Calves like concrete floors less than straw" (the verb "like").
const LIKENED = new RegExp(
  String.raw`^\s+(?:like\s+(?:${HARD}|${BUILD})|of\s+${HARD})(?=${PART_ENDS.source.slice(1)})`,
  'i',
);
/** "bricks for calves", "lead for knees": a part likened from before it, after a verb of having. */
const FOR_PART = new RegExp(String.raw`\b(?:have|has|had|got|with)\s+${HARD}\s+for\s+$`, 'i');
/** Likened with no one having them, at a sentence's opening, after "with" or a build: "Came home with calves like rocks", "I've built calves of iron". */
const LIKENED_LEAD = /(?:^\s*|\b(?:with|built|build|building|developed)\s+)$/i;

/** A doctor whose field is knees: "a specialist in knees", "a surgeon for knees". */
const SPECIALIST = /\b(?:specialists?|surgeons?|consultants?|experts?|doctors?|physios?|clinics?)\s+(?:in|for|on)\s+$/i;

/** "knee cap" in two words, with a word of its hurt or its slipping in its sentence: "his knee cap slipped out". */
const CAP = /^\s+caps?\b/i;
/** A person's knee cap: "his knee cap", "the knee cap". Not "a knee cap" a terrier has (a pet's slips too). */
const CAP_OWNER = /\b(?:my|his|her|your|their|the)\s+$/i;
const CAP_HURT =
  /\b(?:slipp\w*|dislocat\w*|popp\w*|moved|moving|shift\w*|broke|broken|fractur\w*|hurt\w*|pain\w*|sore|out\s+of\s+place|track\w*|came\s+out|displac\w*)\b/i;

/**
 * Is a bare calf or knee someone's by having, likening or a doctor's field (issue 11, part16 round)?
 * "I have a knee that clicks on stairs", "calves like rocks after the hill", "I had bricks for
 * calves", "a specialist in knees", "his knee cap slipped out to the side". What the part does or
 * is likened to is a body's, so no account is asked; a farm's words, clothes and things are, and the
 * sentence's animal words and other senses before (match-verdict.ts). Never red.
 */
export function isHadPart(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  const form = text.slice(match.start, match.end);
  if (!PART.test(form)) return false;
  const lead = text.slice(from, match.start);
  const after = text.slice(match.end, to);
  const isKnees = /^knees$/i.test(form);
  const isShape =
    (HAS.test(lead) && (DOES.test(after) || LIKENED.test(after))) ||
    (LIKENED_LEAD.test(lead) && /s$/i.test(form) && LIKENED.test(after)) ||
    (/s$/i.test(form) && FOR_PART.test(lead) && PART_ENDS.test(after)) ||
    (isKnees && SPECIALIST.test(lead) && PART_ENDS.test(after)) ||
    (/^knee$/i.test(form) && CAP_OWNER.test(lead) && CAP.test(after) && CAP_HURT.test(text.slice(from, to)));
  if (!isShape) return false;
  const sentence = text.slice(from, to);
  return !isNotBody(sentence, form);
}

/** May the form be someone's had part (`isHadPart`), by the words right around it? Asked of a block with no other anchor. */
export function mayBeHadPart(text: string, match: RawMatch): boolean {
  if (!PART.test(text.slice(match.start, match.end))) return false;
  const after = text.slice(match.end, match.end + 80);
  const lead = text.slice(Math.max(0, match.start - 40), match.start);
  return DOES.test(after) || LIKENED.test(after) || CAP.test(after) || FOR_PART.test(lead) || SPECIALIST.test(lead);
}
