import { OTHER_PART as OTHER_BODY_PART } from './other-body-part.ts';
import { FAMILY_WORDS } from './family-words.ts';
import { FIRST_PERSON, OTHER_PART } from './post-anchor.ts';

/**
 * An injury or operation diary's frame: "Week 3 post-op", "two weeks after the tear", "six weeks out
 * of the cast", "day 5 since the sprain". Not "after the break" or "after the fall" (a holiday's, an
 * empire's), nor "after birth" (a farm's calf).
 */
const DIARY = String.raw`\bpost[-\s]?(?:op|surgery)\b|\b(?:after|since|out\s+of|following)\s+(?:the|my|an?)\s+(?:op|operation|surgery|sprain|tear|injury|fracture|cast|crutches)\b`;
/**
 * The writer's own day told with the "I" left out, opening a sentence: "Went for a run", "Been off
 * work a week", "Still have pain", "Played five-a-side", "Back at the gym". A blogger's "Browned the
 * lamb first" is the writer's too: the dish is kept out by the account's things (cared-leg.ts). A
 * question to the reader ("Have you tried…", "Did they say…") is no one's day.
 */
const ACTIVITY = String.raw`(?:^|[.!?…]\s+)(?:(?:still|just|finally|then|also|only)\s+)*(?:went|been|had|have|got|did|done|played|ran|walked|jogged|cycled|hiked|trained|finished|started|tried|woke|spent|came|fell|tripped|slipped|drove|worked|managed|booked|saw|took|back\s+(?:at|to|on|from|in))\s+(?!you\b|we\b|they\b)(?:[a-z]|\d)`;
const ACCOUNT = new RegExp(`${DIARY}|${ACTIVITY}`, 'i');
/**
 * Someone else the text is about: a pronoun of a third person, a family name or a player, a named
 * person's ("Smith's knee"), a person named before or after a report's verb ("said Jones"). "they"
 * is left out: a post says it of the legs ("they are swollen") and of the doctors. The family words
 * are the shared ones (family-words.ts) and the partners and children a post tells of.
 */
const SOMEONE_ELSE = new RegExp(
  String.raw`\b(?:he|he['’]s|she|she['’]s|his|her|hers|him|himself|herself|their|${FAMILY_WORDS}|hubby|partner|boyfriend|girlfriend|kid|kids|child|baby|toddler|boy|girl|player|players|striker|keeper|goalkeeper|winger|defender|midfielder|captain|squad|team|club|patient|client)\b|\b[A-Z][a-z]+['’]s\b|\b[A-Z][a-z]+\s+(?:said|says|told|added)\b|\b(?:said|says)\s+[A-Z][a-z]+\b`,
);

/**
 * A region the leg's complaint may come from, which the lists of the older rules leave out: "Been off
 * work with my back. The legs are fine. The numbness runs down from the buttock" is sciatica's.
 */
const FROM_ELSEWHERE = /\b(?:my|lower|upper)\s+back\b(?!\s+of)|\b(?:buttocks?|hips?|groin|sciatica|sciatic)\b/i;

/**
 * Is the text the writer's own account of their day: a first-person word (I, me, my of anything:
 * "my physio"), an injury diary's frame, or the writer's activity with no "I" — and no one else
 * named in it ("My son plays in goal", "their striker"), and no other region of the body (the nearer
 * region wins, as in the thread rule, which reads only from the leg's sentence on)? Asked of a post's text before a sign, where
 * a leg named bare stands for the writer's (cared-leg.ts, thread-leg.ts).
 */
export function isOwnAccount(text: string): boolean {
  if (!FIRST_PERSON.test(text) && !ACCOUNT.test(text)) return false;
  return !SOMEONE_ELSE.test(text) && ![OTHER_PART, OTHER_BODY_PART, FROM_ELSEWHERE].some((part) => part.test(text));
}
