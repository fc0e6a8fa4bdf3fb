import type { RawMatch } from './apply-sense.ts';
import { FRUIT } from './fruit-words.ts';
import { JOINT } from './joint-stiffness.ts';
import { listAround, type SymptomListContext } from './symptom-list.ts';

/**
 * The symptom words a collocation is made of, each under the name of its pair: plurals and the
 * other names of one feeling fold into one ("pins and needles" is tingling). Nouns only: the
 * adjectives are the everyday pairs ("numb and tingly with excitement", "tender and juicy").
 */
const PAIR_WORD: ReadonlyMap<string, string> = new Map([
  ['numbness', 'numbness'],
  ['tingling', 'tingling'],
  ['pins and needles', 'tingling'],
  ['swelling', 'swelling'],
  ['pain', 'pain'],
  ['pains', 'pain'],
  ['bruising', 'bruising'],
  ['bruises', 'bruising'],
  ['redness', 'redness'],
  ['tenderness', 'tenderness'],
  ['warmth', 'warmth'],
  ['stiffness', 'stiffness'],
]);

/**
 * Two symptoms named together that are medical in practice wherever they are read: "numbness and
 * tingling", "pain and swelling", "swelling and bruising", "redness and swelling", "swelling,
 * warmth and redness" (the held10 round's articles and posts that name no part of the body). Weak
 * forms never anchor each other one by one; these pairs do as a whole. Not "warmth and redness"
 * (two colours of a sunset), nor "pain and tenderness" (a film's, a memory's), nor a pair with
 * "weakness" (a team's, a currency's).
 */
const PAIRS: ReadonlySet<string> = new Set([
  'numbness+tingling',
  'pain+swelling',
  'bruising+swelling',
  'redness+swelling',
  'swelling+tenderness',
  'swelling+warmth',
  'redness+tenderness',
  // Pain beside numbness, tingling, stiffness or redness (the eighteenth session: held-out articles'
  // "numbness or pain", "pain and stiffness", "itching, redness, pain").
  'numbness+pain',
  'pain+tingling',
  'pain+stiffness',
  'pain+redness',
]);

/** A word of whose kind the list is: "emotional numbness and tingling", "the economic pain and swelling". */
const KIND_BEFORE =
  /(?:['’]s?|\bits|\b(?:emotional|emotionally|spiritual|moral|political|economic|financial|market|creative|poetic|sweet|pleasant|delicious))[\s\u00a0]+$/i;

/**
 * Where or of what the list is, after it: a preposition and "the", "a", "its"… before a word that
 * is no body's place nor a time ("the redness and swelling of the sunset", "redness and swelling in
 * the sky", "swelling and bruising on the apples": the pairs probe, the last two written after the
 * rule's first run). A place of the body or a time keeps the list ("redness and swelling around
 * the incision", "pain and swelling in the first week"); another region of the body is read later
 * (other-region.ts). "of" says what it is of with no determiner too ("the pain and swelling of grief"); a
 * possessive before the place is read the same ("swelling in your dough": the sign17 counter-grid), but not
 * after "at", "near" or "from", which place the person, not the sign ("numbness at my desk").
 */
const PLACE_AFTER =
  /^[\s\u00a0]*,?[\s\u00a0]*(?:(of)[\s\u00a0]+(?:(?:the|a|an|its|their|these|those|your|my|his|her|one|both)[\s\u00a0]+)?|(?:in|on|around|over|across|along|under|at|near|from)[\s\u00a0]+(?:the|a|an|its|their|these|those)[\s\u00a0]+|(?:in|on|around|over|across|along|under)[\s\u00a0]+(?:your|my|his|her|our)[\s\u00a0]+)([\p{L}-]+)(?:[\s\u00a0]+([\p{L}-]+))?/iu;

const BODY_PLACE_OR_TIME = new Set(
  (
    'area areas skin site spot spots incision wound scar joint joints leg legs foot feet ankle ankles knee knees ' +
    'calf calves toe toes shin shins thigh thighs heel heels hip hips limb limbs body muscle muscles tissue tissues ' +
    'achilles kneecap kneecaps tendon tendons hamstring hamstrings arch arches sole soles instep insteps ' +
    'bone bones nerve nerves vein veins injection bite sting cut graze surgery operation op cast week weeks day ' +
    'days morning mornings evening evenings night nights hour hours month months end start beginning time ' +
    'moment recovery'
  ).split(' '),
);

/** Words before the place or time they describe: "the affected area", "the first week", not "the first frost". */
const MODIFIER = new Set(
  'affected injured operated same whole lower upper left right first early next following'.split(' '),
);

/** Is the list followed by a place or a thing of another sense ("in the sky", "of grief")? */
export function isOfOtherThing(after: string): boolean {
  const found = PLACE_AFTER.exec(after);
  if (!found) return false;
  const [first, second] = [found[2]!.toLowerCase(), found[3]?.toLowerCase()];
  const place = MODIFIER.has(first) ? second : first;
  if (place === undefined || !BODY_PLACE_OR_TIME.has(place)) return true;
  // A time before a noun it describes is that noun's: "in the evening sky" (the pairs probe).
  return (
    place === first && TIME.has(first) && second !== undefined && !BODY_PLACE_OR_TIME.has(second) && !SMALL.test(second)
  );
}

const TIME = new Set(
  'week weeks day days morning mornings evening evenings night nights hour hours month months'.split(' '),
);

/** A small word after a time, which ends its phrase: "in the evening after a walk", "at night and". */
const SMALL =
  /^(?:and|or|but|after|before|when|while|if|as|so|then|is|are|was|were|the|a|an|to|of|for|with|that|which|since|until|at|on|in|too|again|it|they|i|you|he|she|we|my|your)$/;

/**
 * A plant's, a fruit's, the sea's or the sky's sentence: "redness and swelling on the tomato
 * leaves" is a blight, "the sea showed swelling and warmth" a swell, "we noticed bruising on our
 * apples" a fruit's (the pairs probes), "the kiwis have bruises on their skin" too (the bruise16 probes).
 * Not "roots": nerve roots are a body's. Not "orange" or "cherry": a bruise's or a rash's colour.
 */
/** Does the sentence `[from, to)` name plants, fruit, the sea, a river or the sky? */
export const isOfNature = (text: string, [from, to]: [number, number]) => NATURE.test(text.slice(from, to));

const NATURE = new RegExp(
  String.raw`\b(?:leaf|leaves|plants?|stems?|trees?|bark|crops?|seedlings?|shrubs?|foliage|blight|fungus|sea|seas|ocean|tides?|rivers?|sky|skies|${FRUIT}|berries|potato(?:es)?|kiwis?|kiwifruit|lemons?|limes?|melons?|grapes?|nectarines?|apricots?|figs?)\b`,
  'i',
);

/**
 * Is `match` one item of a list of symptom nouns that holds one of the pairs above, which says its
 * sentence `[from, to)` is about a body on its own? In the normal colour only (match-verdict.ts): a
 * pair names no part, so no leg, and red needs the leg (issue 11 §2). The list is found as the
 * symptom list finds its items (symptom-list.ts: joined by commas, "and" or "or", nouns only, an
 * "-ing" word before a stop or a joint); nothing before it may name whose trait it is ("the
 * club's pain and swelling", "emotional numbness and tingling"), nothing after it what it is of.
 */
export function isInSymptomPair(
  match: RawMatch,
  sentence: [number, number],
  symptomWords: readonly number[],
  context: SymptomListContext,
): boolean {
  const list = listAround(match, sentence, symptomWords, context);
  if (list.length < 2) return false;
  const { text } = context;
  const names = new Set<string>();
  for (const item of list) {
    const name = pairWordOf(text.slice(item.start, item.end));
    if (name) names.add(name);
  }
  if (!hasPair(names)) return false;
  if (isOfNature(text, sentence)) return false;
  // "bones rub against each other, leading to pain, stiffness…": a joint's stiffness, no muscle's (joint-stiffness.ts).
  if (names.has('stiffness') && isJointSaid(text.slice(...sentence))) return false;
  const first = list[0]!;
  const last = list.at(-1)!;
  return (
    !KIND_BEFORE.test(text.slice(Math.max(sentence[0], first.start - 24), first.start)) &&
    !isOfOtherThing(text.slice(last.end, sentence[1]))
  );
}

/** A joint in the sentence (joint-stiffness.ts's words, and a joint's cartilage and bones): its stiffness is arthritis's, no muscle's. */
const JOINT_PARTS = /\b(?:osteoarthritis|cartilage|bones?)\b/i;
const isJointSaid = (sentence: string) => JOINT.test(sentence) || JOINT_PARTS.test(sentence);

/** Could a block hold such a pair (two of the words, of different names)? Asked before sentences are read. */
export function mayPairSymptoms(text: string, raw: readonly RawMatch[]): boolean {
  const names = new Set<string>();
  for (const match of raw) {
    const name = pairWordOf(text.slice(match.start, match.end));
    if (name) names.add(name);
  }
  if (names.size === 0) return false;
  // "pain" is a symptom word, no match: looked for in the text.
  if (PAIN.test(text)) names.add('pain');
  return hasPair(names);
}

const PAIN = /\bpains?\b/i;

function pairWordOf(word: string): string | undefined {
  return PAIR_WORD.get(word.toLowerCase().replace(/[\s\u00a0-]+/g, ' '));
}

function hasPair(names: ReadonlySet<string>): boolean {
  const list = [...names].sort();
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) if (PAIRS.has(`${list[i]}+${list[j]}`)) return true;
  return false;
}
