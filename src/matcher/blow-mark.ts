import type { RawMatch } from './apply-sense.ts';
import { FRUIT } from './fruit-words.ts';
import { blockTestOf } from './block-test.ts';

/**
 * A sign at the place a person was hit, kicked or knocked: "There's a hard lump where the ball hit
 * me", "The spot I was kicked is still tender to the touch", "a lump on the spot where I banged it"
 * (the blow16 round, issue 11: a held-out round's Q&A posts about a knock that named the shin a
 * sentence or two before, or not at all). The blow says the sign is a body's, what the lump,
 * tenderness, swelling and bruising cards explain; normal colour, since nothing here names the leg
 * (a leg word in the sentence anchors it red by the older rules). "Tender to the touch" alone is a
 * clinician's phrase said of steak, bread and pears as often: only the blow's place makes it a
 * body's. The caller leaves out a sentence that names another region ("a lump on my head where the
 * door hit me"). Not a blow to a thing ("where the car hit the post") nor a market's ("where the
 * rate cut hit us"): the one hit is a person, or a part the writer hit ("where I banged it").
 */
const SIGN = /^(?:lumps?|tender|tenderness|swollen|swelling|bruis(?:e|es|ed|ing)|knots?|sore)$/i;

/** "where", "the spot (where)", "the place I…": the place of the blow. */
const PLACE = String.raw`(?:\bwhere|\b(?:the|that)\s+(?:spot|place|bit|area|point|patch)(?:\s+(?:where|that))?)`;
/** Blows a person takes: hit, kicked, knocked, struck… */
const BLOW = String.raw`(?:hit|kicked|struck|knocked|smacked|whacked|punched|elbowed|kneed|clipped|clattered|stamped\s+on|stood\s+on|trodden\s+on|stepped\s+on|caught)`;
/** Blows a person gives a part of their own: "where I banged it", "the place I knocked my leg". */
const OWN_BLOW = String.raw`(?:banged|bumped|knocked|hit|whacked|smacked|cracked|caught|clipped|bashed|stubbed)`;
const BLOW_PLACE = new RegExp(
  String.raw`${PLACE}\s+(?:` +
    // "where the ball hit me", "where another player's stud caught him", "where he kicked me"; not
    // "where the ball hit" with no one hit: a pitch, a window or a bonnet is hit so too"
    String.raw`(?:(?:the|a|an|his|her|their|that|this|another|one)\s+)?(?:[a-z'’]+\s+){1,2}${BLOW}\s+(?:me|him|her|you)\b` +
    // "the spot I was kicked", "where she got hit"
    String.raw`|(?:I|he|she|you|they)\s+(?:was|were|got|had\s+been|have\s+been|'ve\s+been)\s+${BLOW}\b` +
    // "where I banged it", "the place I knocked my leg"
    String.raw`|(?:I|he|she|you)\s+${OWN_BLOW}\s+(?:it|my|his|her|your|myself|himself|herself)\b` +
    // "The place I knocked is tender": the part left unsaid, the clause ends at the blow
    String.raw`|(?:I|he|she|you)\s+${OWN_BLOW}(?=\s*[,.;!?]|\s+(?:is|was|has|feels?|felt|looks?|still|now)\b))`,
  'i',
);
/**
 * A blow of another kind in the sentence: to a feeling ("his pride was tender where the reviews hit
 * him"), or to fruit or dough, which bruise and go tender where knocked ("apples with a bruise where
 * they were knocked in the crate", "tender where you knocked it back"), or to a car's body ("a lump
 * in the bonnet where the stone hit").
 */
const OTHER_BLOW = new RegExp(
  String.raw`\b(?:pride|heart|ego|feelings?|spirit|soul|confidence|dignity|reputation|memory|${FRUIT}|crates?|punnets?|dough|bread|loaf|pastry|knocked\s+(?:it|them)\s+back|bonnet|bumper|windscreen|paintwork|panel|bodywork|dent|hull|tyre|tire)\b`,
  'i',
);

/** The head and face, which other-region.ts leaves out ("the head of sales"), named as a person's: "a lump on my forehead where the door hit me". */
const HEAD =
  /\b(?:my|his|her|your|their|the)\s+(?:head|forehead|face|cheek|nose|skull|scalp|ears?|chin|brow|temple|eye|eyebrow)\b/i;

/** What a lump is of: "a lump of glass", "a lump of steel". */
const OF_AFTER = /^\s+of\b/i;

/** How far from the form the blow's place may be, on either side: "The spot I was kicked is still tender to the touch". */
const REACH = 60;

/** Is `match` a sign said at the place of a blow to a person, in its sentence `[from, to)`? */
export function isBlowMark(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  if (!SIGN.test(text.slice(match.start, match.end)) || OF_AFTER.test(text.slice(match.end, to))) return false;
  const near = text.slice(Math.max(from, match.start - REACH), Math.min(to, match.end + REACH));
  const sentence = text.slice(from, to);
  return BLOW_PLACE.test(near) && !OTHER_BLOW.test(sentence) && !HEAD.test(sentence);
}

/** A blow's place anywhere in a block, read once a block for all its signs (block-test.ts). */
const namesBlowPlace = blockTestOf((text) => BLOW_PLACE.test(text));

/** Could the block say a blow's place at all? Asked before sentences are read. */
export const mayBeBlowMark = (text: string, match: RawMatch): boolean =>
  SIGN.test(text.slice(match.start, match.end)) && namesBlowPlace(text);
