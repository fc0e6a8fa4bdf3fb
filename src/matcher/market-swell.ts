/**
 * A market's swelling is no leg's: "the swelling, the analysts said, would ease once rates fell",
 * "order books swelled", "the deficit is swollen by interest". A block that opens with a swollen
 * ankle took "the swelling" of a later sentence as the same sign (a false red in the corpus,
 * everyday.pointback). A swelling form in a sentence that names money's people or measures
 * (analysts, rates, inflation, a budget deficit) and no part of the leg or the body is dropped before
 * the sense rules read the block; so are "weakness" and "tightness" there, a market's list ("analysts
 * flagged weakness, tightness and swelling inventories"). A part in the sentence keeps it ("my ankle swelling is worse since
 * prices went up": the red rule decides then).
 */
import type { RawMatch } from './apply-sense.ts';
import { sentenceAround } from './sentence-around.ts';
import { withoutUses } from './without-uses.ts';

/** The swelling forms, and the nouns of a market's list beside them ("weakness, tightness and swelling inventories"). */
const SWELL_FORM = /^(?:swell|swells|swelled|swelling|swollen|weakness|tightness)$/i;
/**
 * Money's people and measures. Not "rate" alone (a heart's), nor "deficit" alone (a nerve's), nor a
 * writer's own debt or budget ("can't afford the physio on my budget" is a forum's).
 */
const MONEY =
  /\b(?:analysts?|economists?|investors?|traders?|(?:interest|mortgage|exchange|bank)\s+rates?|rates\s+(?:fell|rose|fall|rise|cut|hike)\w*|inflation|(?:budget|trade|fiscal)\s+deficits?|gdp|bond\s+yields?|yields|stock\s+market|share\s+prices?|sterling|order\s+books?|payrolls?|revenues?|valuations?)\b/i;
/** A part of the body in the sentence: the sign may be a leg's. */
const BODY_PART =
  /\b(?:legs?|calf|calves|ankles?|feet|foot|knees?|shins?|toes?|thighs?|achilles|tendons?|muscles?|veins?|skin|hands?|wrists?|arms?|face|eyes?|belly|stomach|gums?|glands?|joints?|body)\b/i;

/** The matches that are not a market's swelling. */
export function withoutMarketSwelling(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isMarketSwelling);
}

/** Is `match` a swelling form in a sentence about money, with no part of the body? */
export function isMarketSwelling(text: string, match: RawMatch): boolean {
  // Asked of every form of every block: first letter first (s, w, t), so others cost no slice.
  const first = text.charCodeAt(match.start) | 0x20;
  if (first !== 0x73 && first !== 0x77 && first !== 0x74) return false;
  if (!SWELL_FORM.test(text.slice(match.start, match.end))) return false;
  const sentence = sentenceAround(text, match);
  return MONEY.test(sentence) && !BODY_PART.test(sentence);
}
