import type { RawMatch } from './apply-sense.ts';
import { CLOTHES } from './limb-list.ts';

/** The parts this rule reads: a calf only where a word of its state says it is a person's (below). */
const PART = /^(?:calf|calves|knees?|ankles?|achill(?:es|ies))$/i;
const CALF = /^cal(?:f|v)/i;

/** Whose part: "her knee", "his ankles"; "its" is a thing's or an animal's. A name's: "Emma's knee". */
const OWNER = String.raw`(?:my|your|ur|his|her|their|our)`;
const NAME = String.raw`\p{Lu}\p{Ll}+['’]s`;

/**
 * What a writer says of their own part between its owner and it: its hurt or its care ("my poor
 * calf", "my badly sprained ankle", "her bleeding knee", "my gammy knee"). Not "weak", "stiff",
 * "good" or "old" alone: "my weak knees betrayed me", "rose stiffly from his knees", a farmer's "my
 * weak calf" (the corpus's idioms). A farm's calf is "poor" too: a calf takes these only after an
 * owner, and the farm is asked first (farm-calf.ts).
 */
const STATE = String.raw`(?:poor|bad|bum|sore|achy|painful|injured|damaged|busted|broken|fractured|shattered|sprained|twisted|wrenched|torn|bandaged|strapped|taped|braced|bleeding|grazed|scraped|skinned|bruised|swollen|niggly|niggling|dodgy|gammy|dicky|wonky|creaky|cranky|troublesome|arthritic|bionic|operated|repaired|reconstructed|rebuilt|replaced|healing|recovering)`;
const DEGREE = String.raw`(?:already|still|very|so|really|badly|now|once|poor\s+old|old)`;

/** The owner and words of state right before the part. */
const STATED = String.raw`\s+(?:${DEGREE}\s+)?${STATE}(?:,?\s+${STATE})?\s+$`;
const OWNED_STATE = new RegExp(String.raw`\b${OWNER}${STATED}`, 'i');
// Case-sensitive: a capital starts a name, not "the pipe's".
const NAMED_STATE = new RegExp(String.raw`(?<!\p{L})${NAME}${STATED}`, 'u');
/**
 * A knee, an ankle or an Achilles of "his", "her" or "their" hurt, held or cared for: "he went down
 * clutching at his knee", "held her ankle", "grazed his knee". A lone owner is not enough: "bounced her
 * on his knee", "brought to his knees", "her knees trembled", "rubbed his knees" are the corpus's
 * everyday knees.
 */
const OWNED = new RegExp(
  String.raw`\b(?:hurt(?:s|ing)?|injur(?:es|ed|ing)|twist(?:s|ed|ing)|sprain(?:s|ed|ing)|tweak(?:s|ed|ing)|wrench(?:es|ed|ing)|jar(?:s|red|ring)|bang(?:s|ed|ing)|bash(?:es|ed|ing)|grazed?|grazes|grazing|scrape[sd]?|scraping|skinned|gash(?:es|ed)|cut|bust(?:s|ed)?|dislocat(?:es|ed|ing)|hyperextend(?:s|ed|ing)|clutch(?:es|ed|ing)?(?:\s+at)?|grabb(?:ed|ing)(?:\s+at)?|grab(?:s)?(?:\s+at)?|gripp(?:ed|ing)|holds?|held|holding|cradl(?:es|ed|ing)|nurs(?:es|ed|ing)|ic(?:es|ed|ing)|strapp(?:ed|ing)|tap(?:ed|ing)|bandag(?:es|ed|ing)|straighten(?:s|ed|ing)?|flex(?:es|ed|ing)?|rotat(?:es|ed|ing)|lock(?:s|ed|ing)|massag(?:es|ed|ing)|examin(?:es|ed|ing))\s+${OWNER}\s+$`,
  'i',
);

/**
 * A knee, an ankle or an Achilles after "a" and a word of its hurt: "a bleeding knee", "a bandaged
 * ankle", "a bum knee", "a trick knee" (the relative15 round). Not "a weak ankle" nor "a stiff
 * knee" (the corpus's "weak at the knees"), nor a calf (a farm's calf is bandaged and injured too).
 */
const HURT_STATE =
  /\b(?:a|an)\s+(?:badly\s+)?(?:bum|bad|trick|crook|bleeding|bandaged|busted|fractured|shattered|sprained|twisted|wrenched|dislocated|grazed|scraped|skinned|damaged|arthritic|gammy|niggly|niggling|dodgy|operated|reconstructed)\s+$/i;

/** "the same knee", "his other ankle", "that same Achilles": the part pointed back to, never a calf ("his other calves"). */
const POINTED = /(?:^|[,;:]\s*|\b(?:the|that|this|my|his|her|their|your)\s+)(?:same|other)\s+$/i;

/**
 * Hurt done to a part in a news report's words, with no article or with "a": "striker busts knee",
 * "winger sprains an ankle", "tears an Achilles". Not a calf: "pulled a calf" is a delivery too.
 */
const HURT =
  /\b(?:bust(?:s|ed)?|blew\s+out|blows\s+out|wreck(?:s|ed)|injur(?:es|ed)|tweak(?:s|ed)|twist(?:s|ed)|sprain(?:s|ed)|roll(?:s|ed)|tears|tore|rupture[sd]|hyperextend(?:s|ed)|dislocate[sd]|graze[sd]|skin(?:s|ned)|scrape[sd]|clutch(?:es|ed|ing)?(?:\s+at)?|grabb(?:ed|ing)\s+at)\s+(?:(?:a|an|one)\s+)?$/i;

/** "his", "her", "their" or "the" alone before a knee, an ankle or an Achilles (`COMPLAINS` after it). */
const OWNER_ALONE = /\b(?:his|her|their|the)\s+$/i;
/**
 * What a joint of "his" or "her" does that only a hurt joint does, said right after it: "her ankle
 * looks bigger than the other one", "his knee is still giving him grief", "her ankle keeps going
 * over" (issue 11, the pointback round); "his knees are bad", "her knee is the problem", "his knee
 * cap was pushed out" (the relative15 round: a relative's joint named with its complaint). A lone
 * owner is not enough ("her knee brushed mine", "his knee bounced with nerves"), nor a knee that
 * gives way or goes weak (the corpus's fainting knees), nor "bad at" a thing ("his knees are bad at
 * kneeling" is a skill's).
 */
const COMPLAINS =
  /^\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:still\s+|really\s+|so\s+|very\s+|pretty\s+)?(?:bad|shot|knackered|the\s+(?:problem|issue)|(?:a|his|her|their)\s+(?:real\s+|big\s+)?(?:problem|issue)|playing\s+up|acting\s+up)(?!\s+(?:at|for|of|to|with|in)\b)|caps?\s+(?:is|was|were|got|has\s+been|had\s+been)\s+(?:pushed|knocked|popped|shoved|dislocated|displaced)|(?:is|was|has\s+been|keeps|kept)\s+(?:still\s+)?giving\s+(?:him|her|them)\s+(?:grief|trouble|gyp|jip|bother|hell|problems)|(?:looks?|looked|is|was)\s+(?:much\s+|a\s+lot\s+|way\s+)?(?:bigger|fatter|puffier)\s+than\s+the\s+other|(?:keeps|kept)\s+(?:going\s+over|rolling|locking|clicking|popping|buckling))\b/i;
/**
 * What a joint does as a joint, said right after it with the verb agreeing: "his knee clicks on the
 * stairs", "her knees pop", "the knee has no strength" (the limb17 grid). A verb that does not agree is
 * a noun ("the knee bend in the second act", the corpus's dance), and so is one before "is" or "in".
 */
const DOES_ONE =
  /^\s+(?:(?:still\s+)?has\s+no\s+strength|(?:flexes|bends|clicks|pops|grinds)(?!\s+(?:is|are|was|were|in|of|and)\b))\b/i;
const DOES_MANY =
  /^\s+(?:(?:still\s+)?have\s+no\s+strength|(?:flex|bend|click|pop|grind)(?!\s+(?:is|are|was|were|in|of|and)\b))\b/i;
const doesOf = (form: string) => (/s$/i.test(form) && !/^achill/i.test(form) ? DOES_MANY : DOES_ONE);

/**
 * A joint pointed at as a person's, with its hurt named in the sentence: "Then he pointed at his
 * knees and said they had been aching for weeks" (issue 11, barepart15 round). Not a pointing
 * alone: a story's "she pointed at his knees and laughed at the mud".
 */
const POINTED_AT = /\bpoint(?:s|ed|ing)?\s+(?:down\s+)?(?:at|to)\s+(?:his|her|their|my)\s+$/i;
const HURT_SAID =
  /\b(?:ach(?:e|es|ed|ing|y)|sore|pain(?:s|ful|fully)?|hurt(?:s|ing)?|swoll\w*|swell\w*|puffy|throbb\w*|bruis\w*|tender|stiff)\b/i;

/** An injury report's part in brackets: "Smith (ankle) is questionable", "Jones (knee) will miss the game". */
const REPORT_PART = /\(\s*(?:left\s+|right\s+)?$/i;
const REPORT_CLOSE = /^\s*\)/;
const REPORT_WORDS =
  /\b(?:questionable|doubtful|ruled\s+out|out\s+for|sidelined|injur(?:y|ies|ed)|practice|day-to-day|will\s+miss|missed|listed|limited\s+participant|good\s+to\s+go|probable|game-time)\b/i;

/**
 * The part ends its noun: not "her knee-high boots", "her ankle bracelet", "my knee of the pipe".
 * Clothes and things in the sentence are asked below.
 */
const ENDS = /^(?:\s*[,.;:!?)…"”’]|\s*$|\s+(?!of\b|-)\S)/i;

/**
 * A thing that has a knee, an ankle or a calf of its own (a pipe, a chart's curve, a glacier, a table,
 * an animal, a cut of meat), or worn on it: "a twisted ankle chain", "her knee pads".
 */
const THINGS =
  /\b(?:pipes?|hoses?|plumb\w*|drains?|valves?|fittings?|joists?|rafters?|beams?|brackets?|tripods?|statues?|curves?|charts?|graphs?|glaciers?|icebergs?|ice\s+shelf|tables?|chairs?|lamb|veal|shanks?|cow|cows|heifers?|herd|mares?|horses?|foals?|dogs?|puppy|cats?|kitten|chains?|bracelets?|anklets?|jewel\w*|pads?|guards?|warmers?|weights?)\b/i;

/**
 * Is a part of the leg named as a person's own with no frame of the pack: after an owner and a word
 * of its state ("no idea what I did to my poor calf", "jarred my already dodgy knee", "Sam's bleeding
 * knee"), after "his", "her" or "their" and a verb of hurt or holding ("he went down clutching at
 * his knee"), pointed back to ("the same knee", "the other ankle"), hurt in a report's words
 * ("striker busts knee") or in an injury report's brackets ("Jones (ankle) is questionable")? The
 * largest class of forum-style misses left on the held-out rounds (issue 11, bareword round). The part anchors itself only, in the normal colour: the forms
 * beside it keep their own rules, as a bare part said does (bare-part.ts).
 */
export function isOwnPart(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  const form = text.slice(match.start, match.end);
  if (!PART.test(form)) return false;
  const lead = text.slice(Math.max(from, match.start - 60), match.start);
  const after = text.slice(match.end, to);
  const isCalf = CALF.test(form);
  const sentence = text.slice(from, to);
  const isSaid =
    OWNED_STATE.test(lead) ||
    NAMED_STATE.test(lead) ||
    (!isCalf && (OWNED.test(lead) || POINTED.test(lead) || HURT.test(lead) || HURT_STATE.test(lead))) ||
    (!isCalf && OWNER_ALONE.test(lead) && (COMPLAINS.test(after) || doesOf(form).test(after))) ||
    (!isCalf && POINTED_AT.test(lead) && HURT_SAID.test(sentence)) ||
    (!isCalf && REPORT_PART.test(lead) && REPORT_CLOSE.test(after) && REPORT_WORDS.test(sentence));
  return isSaid && ENDS.test(after) && !CLOTHES.test(sentence) && !THINGS.test(sentence);
}

/** May the form be a part named as a person's (`isOwnPart`), by the words right before it? Asked of a block with no other anchor. */
export function mayBeOwnPart(text: string, match: RawMatch): boolean {
  const form = text.slice(match.start, match.end);
  if (!PART.test(form)) return false;
  const lead = text.slice(Math.max(0, match.start - 60), match.start);
  return (
    OWNED_STATE.test(lead) ||
    NAMED_STATE.test(lead) ||
    (!CALF.test(form) &&
      (OWNED.test(lead) ||
        POINTED.test(lead) ||
        HURT.test(lead) ||
        HURT_STATE.test(lead) ||
        REPORT_PART.test(lead) ||
        POINTED_AT.test(lead) ||
        (OWNER_ALONE.test(lead) &&
          (COMPLAINS.test(text.slice(match.end, match.end + 60)) ||
            doesOf(form).test(text.slice(match.end, match.end + 60))))))
  );
}
