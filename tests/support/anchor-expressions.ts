// The regular expressions that found a weak form's anchors before src/matcher/anchor-finder.ts
// (main at b3ef7c5: every frame shape of issue 12's rounds), kept as the reference the finder must
// agree with, span for span (tests/unit/matcher/anchor-finder.test.ts). Flags `gi`; empty: none.
import { BETWEEN_FRAMES, spellingsOf, STATE_VERBS } from '../../src/matcher/anchor-patterns.ts';
import type { AnchorWords } from '../../src/matcher/anchor-words.ts';
import { phrasePattern } from './phrase-pattern.ts';

/** Sources of the expressions that find anchors in a sentence (flags `gi`); empty: none. */
export interface AnchorPatterns {
  lowerLimb: string;
  body: string;
  frame: string;
  symptoms: string;
  otherSenses: string;
  exercise: string;
}

// Words of a phrase: any run of white space or hyphens between them, as in forms.
const GAP = '[\\s\\u00a0-]+';

/**
 * Every spelling of some phrases as one expression, the longest spelling found first. Words before
 * a body word ("my", "left", "sore") are not inflected: "mies" is no word.
 */
function alternation(phrases: readonly string[], isInflected = true, isEveryWord = false): string {
  return phrasePattern(
    phrases.flatMap((phrase) => spellingsOf(phrase, isInflected, isEveryWord)),
    GAP,
  );
}

/**
 * Family names that stand for a person on their own, as forum posts use them ("Wife's ankle is
 * swollen": seventh batch).
 */
const FAMILY =
  '(?:mum|mom|mommy|mummy|dad|daddy|grandma|grandpa|granny|gran|nan|nana|nanna|grandad|granddad|wife|husband|hubby|son|daughter|boyfriend|girlfriend)';

// The verbs that say a state are the finder's own list (the data both read).

const whole = (alternatives: string) => (alternatives ? `\\b(?:${alternatives})\\b` : '');

/**
 * Words of degree between a verb of being and a state ("her ankles are so swollen", "the ankle is
 * still swollen"), none also. Only these words, not any word: "the foot is a swollen …" says nothing.
 */
const DEGREE = `(?:(?:so|really|very|quite|still|always|super|pretty|badly|all|more|too|kinda|kind${GAP}of|a${GAP}bit|a${GAP}little|suddenly|often|sometimes|slightly)${GAP})?`;
/**
 * Words of time or modal verbs between a body word and what it does ("calf keeps cramping", "feet
 * might suddenly swell"), none also; the finder's own list, as the verbs of a state are.
 */
const OFTEN = `(?:(?:${alternation(BETWEEN_FRAMES, false)})${GAP})?`;
/** Between the items of a list: a comma, "and", or both. */
const LIST_GAP = `(?:,${GAP}(?:and${GAP})?|${GAP}and${GAP})`;

/** The lower-limb phrases whose last word is a framed word ("his calf"), as one expression. */
function limbFrames(words: AnchorWords): string[] {
  const framed = new Set(words.framed.map((word) => word.toLowerCase()));
  const phrases = words.lowerLimb.filter((phrase) =>
    framed.has(
      phrase
        .toLowerCase()
        .split(/[\s-]+/)
        .at(-1) ?? '',
    ),
  );
  return phrases.length > 0 ? [alternation(phrases)] : [];
}

/**
 * The anchor expressions of some word lists. A frame is a framed word right after a frame word
 * ("my calf", "left knee") or a person's possessive ("my dad's legs"), or right before a frame word ("calf pain").
 */
export function anchorExpressionsOf(words: AnchorWords): AnchorPatterns {
  const framed = alternation(words.framed);
  const before = alternation(words.framesBefore, false);
  // "So weak" after a leg frames it only with a person before it: "her legs are so weak", not "The
  // legs are so weak on this cheap table" (the red hunt).
  const isWeak = (frame: string) => /\bweak$/i.test(frame);
  const framesAfter = words.framesAfter.filter((frame) => !isWeak(frame));
  const weakAfter = alternation([
    ...new Set(words.framesAfter.filter(isWeak).map((f) => f.replace(/^(?:is|are) /i, ''))),
  ]);
  const after = alternation(framesAfter);
  // A person's possessive frames too: "my husband's calf", "her son's knee", and family names
  // people use alone ("Mum's ankles", "Grandma's legs"). Not any possessive: "the company's foot
  // soldiers", "Italy's heel", "the mountain's foot" are no one's body.
  const possessor = `(?:(?:my|your|his|her|our|their)${GAP}[a-z]+|${FAMILY})['’]s`;
  // A frame may stand first in a list of two: "swollen, tender calf", "my knee is hot and swollen".
  // Only a list (a comma or "and"), not any word: "in the warm foot bath" is no one's foot.
  const list = `[a-z]+(?:,|${GAP}and)${GAP}`;
  const stateWords = framesAfter.flatMap((frame) => (/^(?:is|are) /i.test(frame) ? [frame.replace(/^\S+ /, '')] : []));
  const states = alternation(stateWords);
  // A state may follow other verbs of being and a word of degree: "her legs have been puffy",
  // "his legs are so swollen", "my ankles get really sore" (sixth batch).
  const being = `(?:${alternation(STATE_VERBS, false)})${GAP}${DEGREE}`;
  // Two or three symptoms listed before a framed word: "hot, red and tender calf". One alone is no
  // frame ("a tender calf nuzzled its mother"), nor any word in the list ("a red and white heel").
  // Not after one: "her heels were red, hot pink and black", "the quad was red and hot" (a probe).
  // At least one of them a state: "hot and red toe caps" on a sneaker page is a colour.
  // A sign going on ("her ankles were swelling up") is no symptom before a part (limb-frames round).
  const symptom = alternation([...stateWords.filter((word) => !/(?:ing|\bup)$/i.test(word)), ...words.paired]);
  const [any, state] = [`(?:${symptom})${LIST_GAP}`, `(?:${states})${LIST_GAP}`];
  const symptoms = `(?:${state}(?:${any})?(?:${symptom})|${any}${state}(?:${symptom})|${any}(?:${any})?(?:${states}))`;
  const frames = [
    framed && `\\b(?:${before ? `${before}|` : ''}${possessor})${GAP}(?:${framed})\\b`,
    framed && after && `\\b(?:${framed})${GAP}${OFTEN}${OFTEN}${DEGREE}(?:${after})\\b`,
    framed && before && `\\b(?:${before})(?:,|${GAP}and)${GAP}[a-z]+${GAP}(?:${framed})\\b`,
    framed && states && `\\b(?:${framed})${GAP}${being}(?:${list}){0,2}(?:${states})\\b`,
    framed && symptom && `\\b${symptoms}${GAP}(?:${framed})\\b`,
    // A lower-limb phrase that ends in a framed word frames it: "cramp in his calves" (a person's
    // calf; "his legs", "her feet" are in too many scenes of fiction to frame alone).
    ...limbFrames(words).map(whole),
    framed &&
      weakAfter &&
      `\\b(?:my|your|his|her|our|their|${FAMILY})${GAP}(?:${framed})${GAP}${OFTEN}(?:(?:${alternation(STATE_VERBS, false)})${GAP})?(?:${weakAfter})\\b`,
  ].filter(Boolean);
  return {
    lowerLimb: whole(alternation(words.lowerLimb)),
    body: whole(alternation(words.body)),
    frame: frames.join('|'),
    symptoms: whole(alternation(words.symptoms)),
    otherSenses: whole(alternation(words.otherSenses, true, true)),
    exercise: whole(alternation(words.exercise)),
  };
}
