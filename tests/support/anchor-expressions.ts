// The regular expressions that found a weak form's anchors before src/matcher/anchor-finder.ts
// (commit 815ce63), kept as the reference the finder must agree with, span for span
// (tests/unit/matcher/anchor-finder.test.ts). Flags `gi`; empty: none.
import type { AnchorWords } from '../../src/matcher/anchor-patterns.ts';
import { inflectionsOf } from '../../src/matcher/inflect.ts';
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

/** Every spelling of a phrase, its last word inflected ("calf" → calf, calf's, calfs, calves). */
function spellingsOf(phrase: string, isInflected: boolean, isEveryWord = false): string[][] {
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
  // made the expression six times longer and the sentences' reading a hundred times slower.
  if (isEveryWord && words.length === 1)
    words.forEach((word, k) => {
      for (const inflected of inflectionsOf(word))
        for (const end of lasts) spellings.push([...words.map((w, j) => (j === k ? inflected : w)), end]);
    });
  return spellings;
}

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

/** Family names that stand for a person on their own, as forum posts use them. */
const FAMILY = '(?:mum|mom|mommy|mummy|dad|daddy|grandma|grandpa|granny|gran|nan|nana|nanna|grandad|granddad)';

const whole = (alternatives: string) => (alternatives ? `\\b(?:${alternatives})\\b` : '');

/**
 * The anchor expressions of some word lists. A frame is a framed word right after a frame word
 * ("my calf", "left knee") or a person's possessive ("my dad's legs"), or right before a frame word ("calf pain").
 */
export function anchorExpressionsOf(words: AnchorWords): AnchorPatterns {
  const framed = alternation(words.framed);
  const before = alternation(words.framesBefore, false);
  const after = alternation(words.framesAfter);
  // A person's possessive frames too: "my husband's calf", "her son's knee", and family names
  // people use alone ("Mum's ankles", "Grandma's legs"). Not any possessive: "the company's foot
  // soldiers", "Italy's heel", "the mountain's foot" are no one's body.
  const possessor = `(?:(?:my|your|his|her|our|their)${GAP}[a-z]+|${FAMILY})['’]s`;
  // A frame may stand first in a list of two: "swollen, tender calf", "my knee is hot and swollen".
  // Only a list (a comma or "and"), not any word: "in the warm foot bath" is no one's foot.
  const list = `[a-z]+(?:,|${GAP}and)${GAP}`;
  const states = alternation(
    words.framesAfter.flatMap((frame) => (/^(?:is|are) /i.test(frame) ? [frame.replace(/^\S+ /, '')] : [])),
  );
  const frames = [
    framed && `\\b(?:${before ? `${before}|` : ''}${possessor})${GAP}(?:${framed})\\b`,
    framed && after && `\\b(?:${framed})${GAP}(?:${after})\\b`,
    framed && before && `\\b(?:${before})(?:,|${GAP}and)${GAP}[a-z]+${GAP}(?:${framed})\\b`,
    framed && states && `\\b(?:${framed})${GAP}(?:is|are)${GAP}${list}(?:${states})\\b`,
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
