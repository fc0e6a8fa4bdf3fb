import type { AnchorWords } from './anchor-words.ts';
import { FAMILY as SHARED_FAMILY } from './family-words.ts';
import { inflectionsOf } from './inflect.ts';

/**
 * Every spelling of the phrases that anchor-finder.ts looks for, each as its lower-case words
 * (’ written '). `states` are the frames after a word that follow "is" or "are" ("is swollen" →
 * "swollen"), for "the knee is hot and swollen".
 */
export interface AnchorPhrases {
  lowerLimb: string[][];
  body: string[][];
  framed: string[][];
  framesBefore: string[][];
  framesAfter: string[][];
  states: string[][];
  symptoms: string[][];
  otherSenses: string[][];
  exercise: string[][];
  /** Whose body word: "my" in "my husband's calf". Fixed, not a pack's. */
  owners: string[][];
  /** Family names that stand for a person on their own, as forum posts use them ("Mum's ankles"). Fixed. */
  family: string[][];
  /** Verbs before a state: "was" in "the calf was swollen". Fixed. */
  stateVerbs: string[][];
  /** Words of degree before a state: "so" in "her ankles are so swollen". Fixed. */
  degree: string[][];
  /** Words of time or modal verbs between a framed word and a frame after it: "keeps" in "calf keeps cramping". Fixed. */
  often: string[][];
  /** The states and the paired forms: the symptoms of a list before a framed word ("hot, red and tender calf"). */
  listed: string[][];
  /** The lower-limb phrases whose last word is a framed word ("cramp in his calves"). */
  limbFramed: string[][];
  /** The frames after a word that say it is weak ("so weak", without "is"): they need a person before it. */
  weakAfter: string[][];
  /** Whose leg a weak frame needs: the owners and the family names ("her legs are so weak", "dad leg very weak"). Fixed. */
  persons: string[][];
}

export const OWNERS = ['my', 'your', 'his', 'her', 'our', 'their'];
// "Wife's ankle is swollen": seventh batch. The shared family words (family-words.ts) and the pet
// names a post calls its own people by. bruise-body.ts's wider list ("mother", "sister", "partner",
// "baby") is not read here: a frame's owner needs the possessive only, and that reading has not
// been measured with them.
const FAMILY = [...SHARED_FAMILY, 'mommy', 'mummy', 'daddy', 'granddad', 'hubby', 'boyfriend', 'girlfriend'];

/**
 * Modal verbs between a body word and what it does or is: "feet might suddenly swell", "the foot may
 * become numb" (real health text held out, issue 11 frames round: leaflets say a sign as what may
 * happen).
 */
export const MODALS = ['may', 'might', 'can', 'could', 'will', 'would', 'should'];

// A state is said with these verbs, in any tense people post in: "the calf was swollen", "her
// knees have been swollen", "his calf got swollen", "her legs have been puffy", "my calf looks
// swollen" (sixth and seventh batches). Not "looked": "her ankles looked swollen in the photos, the
// stylist joked". The pack lists the present ("is swollen"); the other verbs, and the list and
// degree frames, reuse its states.
export const STATE_VERBS = [
  'is',
  'are',
  'was',
  'were',
  'has been',
  'have been',
  'had been',
  'got',
  'gets',
  'get',
  'looks',
  'look',
  // Getting or seeming so: "his ankle is getting swollen", "her feet seem swollen" (grid16's grid).
  ...['is', 'are', 'was', 'were'].map((verb) => `${verb} getting`),
  ...['has gotten', 'have gotten', 'seems', 'seem', 'seemed'],
  'becomes',
  'become',
  'became',
  // Said through "that" or "which": "legs that are weak and numb", "an ankle which was swollen"
  // (eighteenth batch, leaflets' and news' way of putting it).
  ...['that', 'which'].flatMap((word) =>
    ['is', 'are', 'was', 'were', 'has been', 'have been', 'had been'].map((verb) => `${word} ${verb}`),
  ),
  // What may happen, as leaflets put a sign: "the foot may become numb", "cause the legs to become
  // swollen" (real health text held out, issue 11 frames round).
  ...[...MODALS, 'to'].flatMap((modal) => ['be', 'become', 'get', 'look'].map((verb) => `${modal} ${verb}`)),
];

/**
 * Words of degree between a verb of being and a state ("her ankles are so swollen", "the ankle is
 * still swollen"). Only these words, not any word: "the foot is a swollen …" says nothing.
 */
export const DEGREE = [
  ...['so', 'really', 'very', 'quite', 'still', 'always', 'super', 'pretty', 'badly', 'all', 'more', 'too'],
  ...['kinda', 'kind of', 'a bit', 'a little'],
  // How often or how soon, as leaflets say it: "the leg is suddenly cold, pale and numb", "ankles
  // are often swollen" (eighteenth batch).
  ...['suddenly', 'often', 'sometimes', 'slightly'],
];

/** Words of time between a body word and what it does ("calf keeps cramping"). */
export const OFTEN = ['keeps', 'kept', 'still', 'always', 'often', 'sometimes', 'suddenly', 'then', 'also'];

/**
 * What may stand between a body word and what it does, once or twice: a word of time, a modal verb,
 * or "to" ("feet might suddenly swell", "causes the feet and ankles to swell": issue 11 frames round).
 */
export const BETWEEN_FRAMES = [
  ...[...OFTEN, ...MODALS, 'to', ...['tend to', 'tends to', 'start to', 'started to']],
  // A sign that goes on or sets in: "the ankle continued to swell", "my feet began to tingle" (held10,
  // issue 11 limb-frames round).
  ...['starts to', 'starting to', 'continued to', 'continues to', 'continue to', 'began to', 'begins to', 'begin to'],
  // The same said with a gerund or in the progressive, as plainly: "his ankle started swelling", "her
  // calves keep cramping", "his ankle was starting to swell" (the grid of grid16, tests/sense/grid-text.ts:
  // each was unmarked, part and sign, where "my ankle…" was marked).
  ...['started', 'starts', 'start', 'began', 'begins', 'keep', 'keep on', 'kept on'],
  ...['is', 'are', 'was', 'were'].flatMap((verb) => [`${verb} starting to`, `${verb} beginning to`, `${verb} going`]),
  // And in the perfect: "his ankle has swollen up", "her foot has gone numb", "the knee had swelled".
  ...['has', 'have', 'had'],
];

/** A state that goes on or is done to a part ("swelling up", "puffed up"): no adjective before a part. */
const GOING_ON = /(?:ing|\bup)$/i;

/** Every spelling of a phrase, its last word inflected ("calf" → calf, calf's, calfs, calves). */
export function spellingsOf(phrase: string, isInflected: boolean, isEveryWord = false): string[][] {
  const words = phrase
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[\s-]+/)
    .filter(Boolean);
  const last = words.pop();
  if (last === undefined) return [];
  const lasts = isInflected ? [last, ...inflectionsOf(last)] : [last];
  const spellings = lasts.map((word) => [...words, word]);
  // "table leg" is also "the table's legs": two-word phrases of other senses inflect either word.
  // Longer ones are idioms, said as written ("dragging their feet"); inflecting each of their words
  // made the expressions of the time six times longer and the sentences' reading a hundred times slower.
  if (isEveryWord && words.length === 1)
    words.forEach((word, k) => {
      for (const inflected of inflectionsOf(word))
        for (const end of lasts) spellings.push([...words.map((w, j) => (j === k ? inflected : w)), end]);
    });
  return spellings;
}

/**
 * Every spelling of some phrases. Words before a body word ("my", "left", "sore") are not
 * inflected: "mies" is no word.
 */
const spellingsOfAll = (phrases: readonly string[], isInflected = true, isEveryWord = false) =>
  phrases.flatMap((phrase) => spellingsOf(phrase, isInflected, isEveryWord));

/** The spellings of some word lists. */
export function anchorPhrasesOf(words: AnchorWords): AnchorPhrases {
  // "So weak" said of a leg is a person's only when the leg is: "The legs are so weak on this cheap
  // table", "The striker's foot is so weak", "The ladder's legs are so weak" were red (the red hunt,
  // `npm run eval:sense -- --only redhunt --misses`); "her legs are so weak", "dad leg very weak" are not.
  const isWeak = (frame: string) => /\bweak$/i.test(frame);
  const strip = (frame: string) => frame.replace(/^(?:is|are) /i, '');
  const framesAfter = words.framesAfter.filter((frame) => !isWeak(frame));
  const weakAfter = [...new Set(words.framesAfter.filter(isWeak).map(strip))];
  const states = framesAfter.flatMap((frame) => (/^(?:is|are) /i.test(frame) ? [strip(frame)] : []));
  return {
    lowerLimb: spellingsOfAll(words.lowerLimb),
    body: spellingsOfAll(words.body),
    framed: spellingsOfAll(words.framed),
    framesBefore: spellingsOfAll(words.framesBefore, false),
    framesAfter: spellingsOfAll(framesAfter),
    states: spellingsOfAll(states),
    symptoms: spellingsOfAll(words.symptoms),
    otherSenses: spellingsOfAll(words.otherSenses, true, true),
    exercise: spellingsOfAll(words.exercise),
    owners: OWNERS.map((word) => [word]),
    family: FAMILY.map((word) => [word]),
    stateVerbs: spellingsOfAll(STATE_VERBS, false),
    degree: spellingsOfAll(DEGREE, false),
    often: spellingsOfAll(BETWEEN_FRAMES, false),
    // A sign going on ("her ankles were swelling up") is a state after a verb, not before a part:
    // "Swelling calf numbers at the mart" is a sale's (frames round).
    listed: spellingsOfAll([...states.filter((state) => !GOING_ON.test(state)), ...words.paired]),
    limbFramed: spellingsOfAll(limbFramesOf(words)),
    weakAfter: spellingsOfAll(weakAfter),
    persons: [...OWNERS, ...FAMILY].map((word) => [word]),
  };
}

/** The lower-limb phrases whose last word is a framed word ("his calf"). */
function limbFramesOf(words: AnchorWords): string[] {
  const framed = new Set(words.framed.map((word) => word.toLowerCase()));
  return words.lowerLimb.filter((phrase) =>
    framed.has(
      phrase
        .toLowerCase()
        .split(/[\s-]+/)
        .at(-1) ?? '',
    ),
  );
}
