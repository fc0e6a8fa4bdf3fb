import type { RawMatch } from './apply-sense.ts';
import { SentenceAnchors } from './sentence-anchors.ts';

/** A form that may be the animal: "calf", "calves", "calf's", "calve". */
const CALF = /^calv(?:es|e)['’]?$|^calf(?:['’]s)?$/i;

/**
 * Words of a farm's cattle, anywhere in the block: "Our cow calved last night. The calf has a
 * swollen knee." Cattle's, not any farm's: "Hot tip: the farmers' market opens at eight" after "My
 * calf is better now" (everyday.lead.txt) is no herd; nor is a drink's "Red Bull".
 */
const FARM = new RegExp(
  String.raw`\b(?:cows?|heifers?|cattle|herds?|(?<!red\s)bulls?|steers?|yearlings?|dairy|pastures?|livestock|calving|calved|udders?|teats?|colostrum|wean(?:s|ed|ing)?|suckl(?:e|es|ed|ing)|stillborn` +
    // The calf's housing and feed: "the calf shed", "calf hutches", "calf starter" (a farm's year planner);
    // its trade: "at the calf sale", "calf prices" (a farm forum's post in the nineteenth session's held-out
    // web, whose cows came only after "all his calves").
    String.raw`|cal(?:f|ves)\s+(?:sheds?|pens?|hutch(?:es)?|housing|houses|barns?|rearing|feeders?|starter|scours|jackets?|nuts|creep|milk\s+replacer|sales?|auctions?|marts?|markets?|prices?|trade|crops?|buyers?|registrations?))\b`,
  'i',
);

/**
 * A rodeo's or a ranch's calves: "Calf Roping … the calf is set free" (the fourteenth session's ninth
 * held-out round marked them). Weaker than the cattle's words: "my calf" in their sentence stays the
 * writer's ("Spent the weekend at the rodeo and now my calf is cramping"), "my calves" too. Not
 * "cowboy": cowboy boots are worn by people with calves; nor "jump roping", a workout.
 */
const RODEO = /\b(?:rodeos?|(?<!jump[\s\u00a0-]?)roping|ropers?|lass(?:o|os|oed|oing)|ranch(?:es|ers?)?)\b/i;

/**
 * The calf said to be born, birthed, fed or mothered in its own sentence: "a newborn calf", "the
 * calf was coming out with one foot", "push the calf back in", "bawling for its mother". Said of
 * the calf, not any birth: "since giving birth my calves cramp" is a mother's legs.
 */
const BEFORE =
  /\b(?:newborn|new-born|bull|heifer|baby|day-old|week-old|(?:push|pushed|pushing|pull|pulled|pulling|deliver|delivered|delivering|feed|fed|feeding|tag|tagged|tagging|wean|weaned|weaning)\s+the)\s+$/i;
const AFTER =
  /^['’]?s?\s+(?:(?:was|is|were|are|been|got|being|just|finally|still|then)\s+)*(?:born|delivered|coming\s+out|came\s+out|come\s+out|presented|suckling|nursing|bawling|mooing|bellowing)/i;
const MOTHER = /\bits\s+(?:mother|mum|mom|dam)\b/i;
/**
 * A calf that has knees, ankles, feet or a navel is an animal: a person's calf has none. "The
 * calf's knees were swollen and it struggled to stand" was red, its knees framed by the possessive.
 */
const OWN_PARTS =
  /^(?:['’]s)?\s+(?:(?:front|hind|back|left|right|little|tiny|two|four)\s+)?(?:knees?|ankles?|feet|foot|legs?|hoo(?:f|ves)|navel|joints?|tongue|nose|head|tail|ears?|eyes?|mouth|mother|dam)\b/i;

/**
 * A calf said to be born, fed or mothered, or given parts of its own, anywhere in a block (what
 * `BEFORE`, `AFTER`, `OWN_PARTS` and `MOTHER` ask of each calf), or a word of the farm's cattle: a
 * block without one, as nearly every forum post is, asks its calves nothing more. This one pass and
 * the rest of `farmCalves` take about 2.5 % of the matcher's time on the sense corpus in blocks of
 * five (`node --cpu-prof` over the blocks `tests/bench/sense-pairs.ts` reads, 60 passes).
 */
const MAY_BE_ANIMAL = new RegExp(
  String.raw`${FARM.source}|${RODEO.source}|\b(?:newborn|new-born|bull|heifer|baby|day-old|week-old|(?:push|pull|deliver|feed|tag|wean)\w*\s+the|fed\s+the)\s+calf` +
    String.raw`|\bcal(?:f|ves)(?:['’]s?)?\s+(?:(?:was|is|were|are|been|got|being|just|finally|still|then)\s+)*(?:born|delivered|coming\s+out|came\s+out|come\s+out|presented|suckling|nursing|bawling|mooing|bellowing)` +
    String.raw`|\bcal(?:f|ves)(?:['’]s?)?\s+(?:(?:front|hind|back|left|right|little|tiny|two|four)\s+)?(?:knees?|ankles?|feet|foot|legs?|hoo(?:f|ves)|navel|joints?|tongue|nose|head|tail|ears?|eyes?|mouth|mother|dam)\b` +
    String.raw`|${MOTHER.source}`,
  'i',
);

/** A side names a body's calf, on a farm too: "my left calf". */
const SIDE_BEFORE = /\b(?:left|right)\s+$/i;
/**
 * "my" before one calf names the writer's leg where the cattle are in the sentences before only:
 * "Swelling on the ewe's udder this morning. … My calf is sore after the hike" (a block of the
 * discourse probe read whole). Calves owned are a herd's ("Two of my calves are weak").
 */
const MY_BEFORE = /\bmy\s+$/i;

/**
 * Where cattle named before a calf still make it the animal: its own sentence and the
 * `FARM_REACH` before it ("The heifer was straining hard. We had to push the calf back in"). A whole
 * thread read as one block is no farm for naming a dairy once: the corpus's files joined, as
 * `node tests/sense/score-text.ts tests/sense/corpus --blocks` reads them, lost 42 forum uses and 11
 * reds with the whole block as the reach.
 */
const FARM_REACH = 3;
function reachFrom(from: number, sentenceAt: (at: number) => [number, number]): number {
  for (let back = 0; back < FARM_REACH && from > 0; back++) from = sentenceAt(from - 1)[0];
  return from;
}

/**
 * The calf forms of a block that name the animal (issue 11, the bare-anatomy round): where its
 * sentence or the few before name the farm's cattle (`FARM_REACH`), or where its sentence says the
 * calf is born, delivered, fed or mothered, or gives it knees, feet or a navel of its own. Such a
 * calf is not marked, and its sentence is an animal's (`AnimalAnchors`): its frames anchor nothing,
 * so "The newborn calf's ankles were weak and swollen" is no leg's red (a calving blog of the ninth
 * session's held-out web: a newborn calf's "ankles", "the calf was coming out with one foot"). Only
 * a side keeps the calf a person's: "my left calf" is no farmer's herd. A block without a calf form
 * asks nothing.
 */
export function farmCalves(
  text: string,
  found: readonly RawMatch[],
  sentenceAt: (at: number) => [number, number],
): ReadonlySet<RawMatch> {
  const calves = new Set<RawMatch>();
  let mayBeAnimal: boolean | undefined;
  let isFarm: boolean | undefined;
  for (const match of found) {
    if (!CALF.test(text.slice(match.start, match.end))) continue;
    if (!(mayBeAnimal ??= MAY_BE_ANIMAL.test(text))) break;
    isFarm ??= FARM.test(text) || RODEO.test(text);
    const [from, to] = sentenceAt(match.start);
    const before = text.slice(from, match.start);
    if (SIDE_BEFORE.test(before)) continue;
    const after = text.slice(match.end, to);
    const isBirth = () =>
      BEFORE.test(before) || AFTER.test(after) || OWN_PARTS.test(after) || MOTHER.test(text.slice(from, to));
    const isMine = MY_BEFORE.test(before) && !/^calves/i.test(text.slice(match.start, match.end));
    const around = text.slice(isMine ? from : reachFrom(from, sentenceAt), to);
    const isRodeo = () => !MY_BEFORE.test(before) && RODEO.test(around);
    if ((isFarm && (FARM.test(around) || isRodeo())) || isBirth()) calves.add(match);
  }
  return calves;
}

/**
 * The anchors of a sentence naming a farm's calf (`farmCalves`): an animal's, as a sentence naming
 * a heifer is, and with no frame, limb or body word at all, "my" ones included: "Two of my calves
 * are weak" is a farmer's herd once the block names it.
 */
export class AnimalAnchors extends SentenceAnchors {
  override get isOtherSense(): boolean {
    return true;
  }
  override get hasAnimalWord(): boolean {
    return true;
  }
  override get hasFrame(): boolean {
    return false;
  }
  override get frames(): number[] {
    return [];
  }
  override get limbs(): number[] {
    return [];
  }
  override get bodies(): number[] {
    return [];
  }
}

/** A block's farm calves as the sense rules ask for them (sense-block.ts). */
export interface FarmCalves {
  /** The block's forms but its farm calves. */
  others: readonly RawMatch[];
  /** Does the sentence around offset `at` name a farm's calf? */
  isAt: (at: number) => boolean;
}

/** The farm calves of a block (`farmCalves`), and the sentences they make an animal's. */
export function farmOf(
  text: string,
  found: readonly RawMatch[],
  sentenceAt: (at: number) => [number, number],
): FarmCalves {
  const calves = farmCalves(text, found, sentenceAt);
  if (calves.size === 0) return { others: found, isAt: () => false };
  const starts = new Set([...calves].map((calf) => sentenceAt(calf.start)[0]));
  return { others: found.filter((match) => !calves.has(match)), isAt: (at) => starts.has(sentenceAt(at)[0]) };
}
