import { PERSON } from './bruise-body.ts';
import { CAUSE } from './skin-mark-cause.ts';

/**
 * A bruise in a sport post or a contusion article (the bruise17 round, issue 11: a held-out round's
 * misses in hockey, football and rugby posts). The bruising card names no part and is not urgent, so a
 * player's bruise from a hit, one shown off, one paired with a sprain or a pain, a contusion glossed as
 * a deep bruise, and a person or a part said to be bruised, are what it explains. skin-mark.ts asks
 * these after its guards (fruit, markets, a team, a defeat, pride); never red.
 */

/** People of a sport post besides the writer and the family: "a player's bruise", "the winger has a bruise". */
export const PLAYER = String.raw`(?:player|winger|centre|center|striker|goalie|goalkeeper|keeper|defender|forward|fullback|full-back|captain|teammate|team-mate|skater|boxer|fighter|runner|athlete|patient|friend|${PERSON})`;

/** A bruise's owner or its showing: "a player's bruise", "the winger has a deep bruise", "showed the lads my bruise". */
const OWNED_BEFORE = new RegExp(
  String.raw`(?:\b(?:their|our|${PLAYER}['’]s)|\b(?:the|a|my|his|her)[\s\u00a0]+${PLAYER}[\s\u00a0]+(?:(?:also|still|now|has|had|got)[\s\u00a0]+)?(?:has|had|got|have)[\s\u00a0]+(?:a|an|this|some|another)?|\b(?:show(?:ed|ing|s)?|shar(?:e|ed|es|ing)|post(?:ed|ing)?|(?:pics?|photos?|pictures?)[\s\u00a0]+of)(?:[\s\u00a0]+(?:the|everyone|you|all|lads|girls|team|guys|off|here|a|an|this|that|my|his|her|their|your|our)){0,4})` +
    String.raw`(?:[\s\u00a0]+(?:big|huge|massive|small|little|new|fresh|deep|nasty|weird|weirdest|biggest|deepest|worst|best|purple|black|blue|yellow|dark))*[\s\u00a0]+$`,
  'i',
);
/**
 * A body's complaint told with the bruise: "a contusion, basically a deep bruise", "just blood under
 * the skin", "the discoloration", "a sprain or just a bruise" anywhere in its sentence; a pain, a
 * swelling or an injury only beside it ("pain and bruising"), since a river swells and a deal is
 * painful. The caller has set aside markets, a defeat, a team and pride. Not a strain: "strained
 * negotiations ended with a bruise to both sides".
 */
const INJURY =
  /\b(?:sprains?|sprained|contusions?|blood[\s\u00a0]+under[\s\u00a0]+the[\s\u00a0]+skin|discolou?r(?:ation|ed))\b/i;
const NEAR = 40;
/**
 * A pain beside a bruise is a person's only where one is named: an article's "Swelling may follow, then
 * bruising" after a belly's strain is that region's (earlier-blocks.test.ts), as symptom-list.ts
 * takes no pair of two alone.
 */
const PERSONAL = new RegExp(String.raw`\b(?:${PLAYER}|me|my|him|his|her|them|their|us|our|your)\b`, 'i');
const COMPLAINT = /\b(?:pain|painful|swelling|swollen|injur(?:y|ies|ed))\b/i;
/**
 * Swelling and bruising of the face or the head after a punch is a fracture's or a head injury's
 * question (other-medical.probe-pairs.txt labels "around the eye after a punch" so): the pairing is not read there.
 */
const FACE = /\b(?:eyes?|eye[\s\u00a0]+socket|nose|face|head|skull|jaw|cheekbones?)\b/i;
/** A hit in sport: "a puck", "a tackle", "the boards", "got hit", "blocking a shot", "a hit in the second half". */
const BLOW =
  /\b(?:pucks?|tackles?|tackled|kicked|a[\s\u00a0]+kick|slash(?:ed)?|the[\s\u00a0]+boards|(?:got|get|getting|was|been|being)[\s\u00a0]+(?:hit|kicked|struck|elbowed|kneed|checked|clattered|stamped[\s\u00a0]+on|stepped[\s\u00a0]+on)|block(?:ed|ing)[\s\u00a0]+(?:a|the)[\s\u00a0]+(?:shot|penalty|kick|puck|ball)|a[\s\u00a0]+(?:hit|knee|stud|boot|stray[\s\u00a0]+elbow))\b/i;

/** "The forwards were bruising in the tackle" is the players' force; "there was bruising" is a bruise. */
const BE_BEFORE =
  /(?<!\bthere(?:['’]s|[\s\u00a0]+has|[\s\u00a0]+had|[\s\u00a0]+will)?[\s\u00a0]+)\b(?:is|are|was|were|be|been)[\s\u00a0]+$/i;

/** Is a bruise said in a sport post or an injury article: owned by a player, shown off, left by a hit, told with a complaint? */
export const isBruiseOfInjury = (form: string, before: string, after: string, sentence: string): boolean =>
  !(/ing$/i.test(form) && BE_BEFORE.test(before)) &&
  (OWNED_BEFORE.test(before) ||
    BLOW.test(sentence) ||
    (!FACE.test(sentence) &&
      (INJURY.test(sentence) ||
        (PERSONAL.test(sentence) && (COMPLAINT.test(before.slice(-NEAR)) || COMPLAINT.test(after.slice(0, NEAR)))))));

/** Parts a person bruises: not lips, a heart or an ego, fiction's and feeling's ("her bruised lips", "a bruised heart"). */
const PART = String.raw`(?:ribs?|shoulders?|knees?|kneecaps?|shins?|thighs?|calf|calves|hips?|elbows?|arms?|forearms?|wrists?|ankles?|feet|foot|heels?|toes?|legs?|back|chest|sternum|tailbone|coccyx|cheekbones?|hamstrings?|quads?)`;
/** "bruised his knee", "a bruised knee", "has bruised ribs", "my knee is bruised". */
const PART_AFTER = new RegExp(
  String.raw`^[\s\u00a0]+(?:(?:my|his|her|their|your|a|an|the|both|left|right|upper|lower)[\s\u00a0]+){0,2}${PART}\b(?![\s\u00a0]*(?:of\b|-))`,
  'i',
);
const PART_BEFORE = new RegExp(
  String.raw`\b(?:my|his|her|their|your)[\s\u00a0]+(?:(?:left|right|upper|lower)[\s\u00a0]+)?${PART}[\s\u00a0]+(?:is|was|are|were|got|looks?|feels?)[\s\u00a0]+(?:(?:badly|really|very|quite|a[\s\u00a0]+bit|all|still)[\s\u00a0]+)?$`,
  'i',
);
/** A person bruised, with the body's complaint or the hit: "I got bruised blocking a shot", "he is bruised and sore". */
const PERSON_BRUISED = new RegExp(
  String.raw`\b(?:I|I['’]m|he|she|they|we|${PLAYER})[\s\u00a0]+(?:(?:am|is|was|were|are|got|get|gets|getting|looked|looks|felt|feels|left|came[\s\u00a0]+off|limped[\s\u00a0]+off)[\s\u00a0]+)?(?:(?:badly|really|very|quite|a[\s\u00a0]+bit|all|pretty|so)[\s\u00a0]+)?$`,
  'i',
);
const SORE = /\b(?:sore|aching|achy|swollen|stiff|cut|scraped|grazed)\b/i;

/** Is "bruised" said of a person's part or of a person hurt: "bruised his knee", "my shin is bruised", "bruised and sore"? */
export const isBruisedBody = (before: string, after: string, sentence: string): boolean =>
  PART_AFTER.test(after) ||
  PART_BEFORE.test(before) ||
  (PERSON_BRUISED.test(before) && (SORE.test(after) || CAUSE.test(sentence) || BLOW.test(sentence)));

/** A bruise on a thing or an organ: "a bruise on the paintwork", "on the bonnet", "on the bone" (a bone bruise: other-medical.probe-bruise16.txt). */
export const isOnThing = (after: string): boolean =>
  /^[\s\u00a0]+(?:on|in|along)[\s\u00a0]+(?:the|its|a|my|his|her)[\s\u00a0]+(?:[\w'’-]+[\s\u00a0]+)?(?:paintwork|paint|bonnet|bumper|door|wing|hull|bodywork|car|van|bike|frame|table|floor|wall|screen|case|leather|wood|vinyl|bone|lungs?|kidneys?|liver|spleen|brain|heart)\b/i.test(
    after,
  );
