/**
 * A player's weaker foot is a skill, not a muscle's sign: "his left foot has been weak all season,
 * the scouts say", "the striker's weakness on his left foot was exposed", "she is working on her weak
 * foot in training". Football talk names the side a player kicks with; the red rule read the foot as
 * the lower limb that anchors "weak" (three false reds in the corpus, everyday.redhunt,
 * everyday.seventeenth, everyday.probe-5). "Weak", "weaker" or "weakness" with a side's foot ("left
 * foot", "right foot", "weak foot", "wrong foot") in a sentence that names a player's role, scouting
 * or a season is dropped before the sense rules read the block. Not where the sentence also names a
 * body's sign or an injury ("the winger's left foot has been weak and numb since the tackle"): a
 * player's leg can be hurt, and then the red rule decides.
 */
import type { RawMatch } from './apply-sense.ts';
import { sentenceAround } from './sentence-around.ts';
import { withoutUses } from './without-uses.ts';

const WEAK_FORM = /^weak(?:er|ness)?$/i;
/** A side's foot, as football names it. */
const SIDE_FOOT = /\b(?:left|right|weak|weaker|wrong|other|stronger)[\s\u00a0-]+foot(?:ed)?\b/i;
/** A player's role, the people who judge one, or a season: the frame of football talk. */
const PLAYER_FRAME =
  /\b(?:strikers?|wingers?|midfielders?|defenders?|forwards?|full[\s\u00a0-]?backs?|wing[\s\u00a0-]?backs?|playmakers?|footballers?|(?:goal)?keepers?|players?|scouts?|scouting|pundits?|coaching[\s\u00a0]+staff|season|fixtures?|transfer|signing|crosses|crossing|finishing|shooting|passing|dribbling|free[\s\u00a0-]?kicks?|penalt(?:y|ies)|set[\s\u00a0-]?pieces?|academy|left[\s\u00a0-]?back|right[\s\u00a0-]?back)\b/i;
/** The writer's own foot. */
const MY_FOOT = /\bmy[\s\u00a0]+(?:[a-z]+[\s\u00a0]+)?foot\b/i;
/** A body's sign or an injury in the same sentence: the red rule decides then. */
const BODY_SIGN =
  /\b(?:numb\w*|tingl\w*|pins[\s\u00a0]+and[\s\u00a0]+needles|swell\w*|swollen|pain\w*|sore|hurts?|hurting|injur\w*|tackle|knock|torn|tear|broke|broken|fractur\w*|sprain\w*|surgery|operation|stroke|drag\w*|drop\w*|droop\w*|nerve|since[\s\u00a0]+(?:this|last|yesterday|the|he|she|i)|hospital|a&e|doctor|physio)\b/i;

/** The matches that are not a player's weaker foot. */
export function withoutFootSkill(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isFootSkill);
}

/** Is `match` "weak", "weaker" or "weakness" said of a player's foot as a skill? */
export function isFootSkill(text: string, match: RawMatch): boolean {
  // Asked of every form of every block: first letter first, so others cost no slice.
  if ((text.charCodeAt(match.start) | 0x20) !== 0x77) return false;
  if (!WEAK_FORM.test(text.slice(match.start, match.end))) return false;
  const sentence = sentenceAround(text, match);
  // The writer's own foot is a patient's first: "my left foot has been weak all season" on a forum.
  if (MY_FOOT.test(sentence)) return false;
  return SIDE_FOOT.test(sentence) && PLAYER_FRAME.test(sentence) && !BODY_SIGN.test(sentence);
}
