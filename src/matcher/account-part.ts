import type { RawMatch } from './apply-sense.ts';
import { CALF_CARE, THINGS } from './bare-part.ts';
import { NOT_A_BODY } from './described-part.ts';
import { CLOTHES } from './limb-list.ts';
import { FIRST_PERSON } from './post-anchor.ts';
import { isOwnAccount } from './own-account.ts';

/** A calf or a knee named bare: "the calf", "Calves", "the knees"; had-part.ts's forms too. */
export const PART = /^(?:calf|calves|knees?)$/i;
const IS_CALF = /^cal/i;

/** "the" before the part, or nothing: a sentence opened by the part ("Calves are sore again today"). */
const THE_LEAD = /\bthe\s+$/i;
const OPENING = /^\s*$/;

const BETWEEN = String.raw`(?:(?:still|finally|just|really|now|already|also|definitely|actually|properly|again)\s+){0,2}`;
const DEGREE = String.raw`(?:(?:a\s+(?:bit|little|touch|lot)|quite|very|really|pretty|rather|so|too|much|way|totally|completely)\s+)?`;

/**
 * What the writer says of the part as it hurts or mends: "still isn't right", "wasn't happy on the
 * stairs", "felt better", "held up fine", "are still stiff", "has been niggling", "took six weeks to
 * feel strong again", "didn't complain once", "needs another week". Each is as true of a farm's
 * calf or a chair's knee, so the sentence must be the writer's (`isAccount`).
 */
const MENDING = new RegExp(
  String.raw`^\s*${BETWEEN}(?:` +
    [
      String.raw`(?:is|are|was|were)(?:n['’]t|\s+not)\s+${BETWEEN}${DEGREE}(?:right|happy|great|good|the\s+same|100\s*%)`,
      String.raw`(?:feels?|felt|is\s+feeling|was\s+feeling)\s+${BETWEEN}${DEGREE}(?:normal|fine|ok|okay|good|great|strong|stronger|solid|tight|tighter|sore|stiff|weak|heavy|better|worse)\b`,
      String.raw`(?:held|holds|has\s+held|is\s+holding)\s+up\b`,
      String.raw`(?:is|are|was|were|['’]s|['’]re|(?:has|have)\s+been)\s+${BETWEEN}${DEGREE}(?:stiff|sore|tight|achy|aching|tender|bruised|weak|weaker|niggly|grumbly|dodgy)\b`,
      String.raw`(?:has|have|had)\s+been\s+${BETWEEN}(?:niggling|grumbling|bothering\s+me|giving\s+me\s+(?:grief|trouble|jip|gyp))`,
      String.raw`took\s+(?:about\s+|around\s+|nearly\s+|over\s+|almost\s+)?(?:a|an|\w+|\d+)\s+(?:days?|weeks?|months?)\s+to\s+(?:heal|feel|settle|recover|calm|come\s+right|get\s+better)`,
      String.raw`did(?:n['’]?t|\s+not)\s+(?:complain|grumble|protest|object|hurt|ache|twinge|niggle)`,
      String.raw`needs?\s+(?:another|more|a\s+(?:few|couple\s+of))\s+(?:days?|weeks?|rest)`,
    ].join('|') +
    ')',
  'i',
);

/**
 * What only a body's part does, said as a fear or a habit of the writer's: "I could tell the calf
 * would tear", "the calf being as tight as it is". A farm's calf does not tear, though it tears things:
 * not "the calf would tear the teat off the bucket". The first person is enough here.
 */
const BODY_ONLY = new RegExp(
  String.raw`^\s*(?:(?:would|will|might|could|was\s+going\s+to|is\s+going\s+to|['’]d|['’]ll)\s+${BETWEEN}(?:tear|pop|snap|give\s+(?:way|out)|buckle|seize(?:\s+up)?|cramp|lock\s+up)\b(?!\s+(?:the|a|an|its|it|off|open|apart|through|into|down))|being\s+as\s+(?:tight|sore|stiff|bad|tender|achy)\s+as)`,
  'i',
);

/**
 * A word of the writer's training or recovery: "Sunday's long run", "upped the mileage", "week four
 * of physio", "after yesterday's stairs". A farm's calf is "improving" and "not right" too: beside
 * a calf, the first person is not enough (a farmer writes "I"), and a word of running, riding, a gym
 * or a physio tells whose it is ("op", not a farmers' "co-op"). Not "hill" or "walk": a calf is out on the hill and walks; not "ride": a farmer rides out to the
 * herd ("I rode out at dawn and the calf still wasn't right").
 */
const TRAINING =
  /\b(?:runs?|ran|running|jog\w*|cycl\w*|bike|hik\w*|reps|squats|lunges|stairs|mileage|miles|km|\d+k|races?|marathon|half|gym|training|trained|sessions?|workouts?|physio\w*|(?<!-)op|surgery|rehab|skipping|tear|tore|torn|strain|sprain)\b/i;

/**
 * A physio's log, the part opening its line: "Knee, bent: no pain", "Calf: 3/10 on the stairs",
 * "Knees - still stiff". No account is asked: a farm's log says "Calf: fine", not a joint's angle.
 */
const LOGGED =
  /^\s*[,:–—-]\s*(?:still\s+)?(?:bent|straight|straightened|flexed|extended|sore|stiff|tight|achy|aching|\d+\s*\/\s*10\b|no\s+pain)/i;

/**
 * A knee opening its line in pain: "Knees are stiff again this morning". No account is asked, as in
 * a log; not a calf (a farm's calves are sore after dehorning), not "tight" (jeans are tight at the knee).
 */
const PAINED = new RegExp(
  String.raw`^\s*(?:is|are|was|were|feel|feels|felt)\s+${BETWEEN}${DEGREE}(?:sore|stiff|achy|aching|tender)\b`,
  'i',
);

/**
 * A knee made, mended or washed: "the drainpipe", "an armchair", "I sanded the cabriole leg", "I've
 * washed these a hundred times and the knee held up" (the round's second everyday batch); a gate's
 * or a bridge's knee brace (its third). Compounds too, so no word start before "pipe" and "chair".
 */
const WORKED =
  /(?:pipes?|chairs?|stools?|sofas?|settees?|gates?|bridges?|trusses?|banisters?|railings?)\b|\b(?:sand(?:ed|ing)|glu(?:e|ed|ing)|varnish\w*|veneer\w*|carv\w*|cabriole|joiner\w*|menders?|restor\w*|refitt?\w*|wash(?:ed|es|ing)?|laundr\w*|seams?|stitch\w*|denim)\b/i;

/**
 * A farm sells, weighs and shows its calves: "calves like rocks this year, the heaviest at the sale";
 * "Halter training is going well, though the calf is still a bit stiff after each session" (the
 * round's fifth everyday batch: a show calf's "training" and "session" are a farm's).
 */
const CALF_TRADE =
  /\b(?:sales?|marts?|markets?|auctions?|weigh\w*|kg|heaviest|lambs?|halters?|show\s+(?:ring|calf|calves))\b/i;

/**
 * Clothes, a thing with a knee or one worked on, an animal, or a farm's care or trade of its calf
 * (bare-part.ts's `CALF_CARE`): the part is no one's body.
 */
export const isNotBody = (reach: string, form: string) =>
  CLOTHES.test(reach) ||
  THINGS.test(reach) ||
  NOT_A_BODY.test(reach) ||
  WORKED.test(reach) ||
  (IS_CALF.test(form) && (CALF_CARE.test(reach) || CALF_TRADE.test(reach)));

/** The words of the part's sentence and the block's 200 characters before it, read for whose it is. */
const REACH = 200;

/**
 * Is a bare calf or knee the writer's own, in their account of an injury, a recovery or a build
 * (issue 11, part16 round)? "The calf still isn't right after Sunday's long run", "By Friday the calf
 * felt better, so I ran", "Calves are sore again today after yesterday's stairs". A knee needs the
 * writer's account (own-account.ts) or a word of training; a calf a word of training, or the first
 * person with what only a body's part does. Never beside a farm's words, clothes or a thing with a
 * knee; the sentence's animal words and other senses are asked before (match-verdict.ts).
 */
export function isAccountPart(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  const form = text.slice(match.start, match.end);
  if (!PART.test(form)) return false;
  const lead = text.slice(from, match.start);
  const isOpening = OPENING.test(lead) && /^[A-Z]/.test(form);
  if (!THE_LEAD.test(lead) && !isOpening) return false;
  const after = text.slice(match.end, to);
  if (isOpening && (LOGGED.test(after) || (!IS_CALF.test(form) && PAINED.test(after))))
    return !isNotBody(text.slice(from, to), form);
  const isMending = MENDING.test(after);
  const isBodyOnly = BODY_ONLY.test(after);
  if (!isMending && !isBodyOnly) return false;
  const reach = text.slice(Math.max(0, from - REACH), to);
  if (isNotBody(reach, form)) return false;
  const isTraining = TRAINING.test(reach);
  if (IS_CALF.test(form)) return isTraining || (isBodyOnly && FIRST_PERSON.test(reach));
  return isTraining || FIRST_PERSON.test(reach) || isOwnAccount(reach);
}

/** May the form be the writer's bare part (`isAccountPart`), by the words right after it? Asked of a block with no other anchor. */
export function mayBeAccountPart(text: string, match: RawMatch): boolean {
  if (!PART.test(text.slice(match.start, match.end))) return false;
  const after = text.slice(match.end, match.end + 80);
  return MENDING.test(after) || BODY_ONLY.test(after) || LOGGED.test(after);
}
