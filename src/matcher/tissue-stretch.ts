/**
 * The stretching card explains the exercise ("I stretch my calves every morning", "hold the
 * stretch"). A tissue that stretches is another thing: a ligament "stretched too far" in a sprain,
 * skin "stretched tight" over a swelling, a vein wall that stretches, fibres that tear "under a load
 * or stretch", a clot "stretching from the calf to the knee", a "stretching sensation" in restless
 * legs (issue 11, the tissue round: docs/sense.md "A tissue's stretch, a joint's stiffness"), a
 * lift that "pulls and stretches back muscles" (the fit-page round). The exercise has the person as its subject and the part as its object; here the tissue is the
 * subject, or the stretch is a state, an extent, a feeling or a force. These uses are dropped
 * before any sense rule reads the block, so they neither mark nor anchor. Only forms whose text is
 * "stretch", "stretches", "stretched" or "stretching" are read.
 */
import type { RawMatch } from './apply-sense.ts';
import { isFormShaped, withoutUses } from './without-uses.ts';

const STRETCH_FORM = /^stretch(?:es|ed|ing)?$/i;

/** Tissues that stretch of themselves; not muscles, which the exercise stretches. */
const TISSUE = String.raw`(?:ligaments?|tendons?|skin|veins?|(?:vein|vessel|artery|arterial|venous|bladder|stomach)\s+walls?|walls?|fib(?:re|er)s?|nerves?|fascia|capsules?|cartilage|tissues?|membranes?|sheaths?|valves?|scars?|heel\s+cords?|(?:IT|iliotibial)\s+bands?)`;

/** Where on the body the tissue is: "the skin on my legs", "the ligaments of the ankle". */
const PLACE = String.raw`(?:\s+(?:on|in|of|over|around|along|at|inside|behind)\s+(?:[a-z]+\s+){0,2}[a-z]+)`;

/**
 * The tissue as the subject: its noun, maybe a place after it ("the skin on my legs"), then words
 * of being, helping, time or degree, then the form ("the ligament was stretched", "vein walls that
 * slowly stretch", "tendons do not stretch easily"). No comma or other verb between: "Massage the
 * tendon, then stretch" and "roll the fascia and stretch" are the exercise.
 */
const SUBJECT_BEFORE = new RegExp(
  String.raw`\b${TISSUE}${PLACE}?` +
    String.raw`\s+(?:(?:that|which|is|are|was|were|be|been|being|gets?|got|gotten|getting|becomes?|became|has|have|had|can|could|may|might|will|would|does|do|did|not|never|doesn['’]t|don['’]t|didn['’]t|can['’]t|won['’]t|easily|slowly|gradually|also|often|further|more|too|so|very|slightly|badly|already|only|just|eventually|over\s+time)\s+){1,4}$`,
  'i',
);

/**
 * Tissues a person's fall, a swelling or a sprain stretches, never the exercise: "rolled the ankle
 * and stretched the ligaments", "the fluid stretches the skin", "stretching of the vein walls".
 * Not tendons, fascia or scar tissue, which the exercise stretches ("stretch the Achilles tendon").
 */
const OBJECT = String.raw`(?:ligaments?|skin|veins?|(?:vein|vessel|artery|arterial|venous)\s+walls?|nerves?|membranes?|valves?)`;
const OBJECT_AFTER = new RegExp(
  // "you stretch one or more of the three main ligaments" (a sprain article of held23, the nineteenth session).
  String.raw`^\s+(?:(?:or|and)\s+(?:tears?|tore|torn|tearing)\s+)?(?:of\s+)?(?:(?:one|some|all|any|two|both)\s+(?:or\s+more\s+)?of\s+)?(?:(?:the|its|their|your|my|his|her|a|an)\s+)?(?:[a-z]+\s+){0,3}${OBJECT}\b`,
  'i',
);

/**
 * A stretch that is an injury or a body's own reflex, not the exercise: "a nerve stretch injury",
 * "the stretch reflex"; and a tissue named before a bare "stretch" or "stretching" ("a mild ligament
 * stretch", "vein stretching"). Not a nerve there: "sciatic nerve stretch" is an exercise's name.
 */
const INJURY_AFTER = /^\s+(?:injur(?:y|ies)|reflex(?:es)?|receptors?|fractures?)\b/i;
const COMPOUND_BEFORE =
  /\b(?:ligaments?|skin|veins?|(?:vein|vessel|artery|arterial|venous)\s+walls?|membranes?|valves?)\s+$/i;

/**
 * A thing that spreads along the leg: "redness stretching up the calf", "the bruise stretches down
 * to the ankle", "pain that stretches into the foot". The exercise's "stretch up" has a person.
 */
const SPREAD_BEFORE =
  /\b(?:redness|streaks?|lines?|bruis(?:e|es|ing)|rash(?:es)?|clots?|swelling|discolou?ration|marks?|pain|ache|numbness|tingling|veins?)(?:\s+(?:on|in|of|over|around)\s+(?:[a-z]+\s+){0,2}[a-z]+)?\s+(?:(?:that|which|is|was|now|has|had|slowly|gradually)\s+){0,2}$/i;
const SPREAD_AFTER = /^\s+(?:all\s+the\s+way\s+)?(?:up|down|along|across|into|over|from|to|towards?|around|behind)\b/i;

/** The same noun right before a verb form: "a ligament stretched too far", "the tendon stretches out". */
const SUBJECT_RIGHT_BEFORE = new RegExp(String.raw`\b${TISSUE}${PLACE}?\s+$`, 'i');
/**
 * After a singular noun, "stretches" is a verb where its clause goes on as a verb's does ("the
 * tendon stretches out in flat shoes"), a noun where a verb or another noun follows ("Achilles tendon
 * stretches help", "tendon stretches and calf raises"; after "and" or "or" only a verb's "-s" or
 * "-ed" goes on: "stretches and tears"). A plural noun before a bare "stretch" is a verb ("ligaments stretch and tear").
 */
const VERB_AFTER =
  /^(?:\s*[,.;:!?)]|\s*$|\s+(?:out|when|as|under|over|too|with|beyond|past|further|easily|slightly|a\s+little|(?:and|or)\s+(?:then\s+)?[a-z]+(?:s|ed)(?!\s+(?:raises|exercises|drops|pumps)))\b)/i;

/** "stretched" before the tissue it describes: "a stretched ligament", "stretched skin". */
const STATE_BEFORE_TISSUE = new RegExp(String.raw`^\s+${TISSUE}\b`, 'i');

/** A stretched state: "stretched tight", "stretched too far", "stretched past its limit". */
const STATE_AFTER =
  /^\s+(?:tight|taut|thin|shiny|smooth|too\s+far|so\s+far|beyond|past\s+(?:its|their|the)\s+(?:limits?|normal|breaking))/i;

const PERSON_BEFORE = /\b(?:I|we|you|he|she|they)\s+(?:(?:just|probably|must\s+have|might\s+have|had)\s+)?$/i;

/** An extent, from one place to another: "a clot stretching from the calf to the knee". */
const EXTENT_AFTER =
  /^\s+(?:(?:all\s+the\s+way|right)\s+)?from\s+(?:[\w'’-]+\s+){1,4}(?:to|into|up\s+to|down\s+to|towards?|as\s+far\s+as)\s/i;

/** A feeling: "a stretching sensation", "a feeling of stretching"; not the exercise's "until you feel a stretching sensation". */
const FEELING_AFTER = /^\s+(?:sensations?|feelings?)\b/i;
const FEELING_BEFORE = /\b(?:sensations?|feelings?)\s+of\s+$/i;
const FELT_IN_EXERCISE = /\b(?:feel|notice)\s+(?:a\s+)?(?:[a-z]+\s+)?$/i;

/** A force on a tissue, joined with its kin: "under a load or stretch", "stretch or rupture". */
const FORCE = String.raw`(?:loads?|strain|pressure|tension|forces?|twists?|twisting|impacts?|compression|tears?|tearing|torn|ruptures?|rupturing|ruptured|sprains?)`;
/** A sudden force's words: "a quick force or rapid stretch", "due to sudden stretching". */
const SUDDEN_WORDS = String.raw`sudden|forceful|violent|excessive|abrupt|explosive`;
const SUDDEN = String.raw`(?:${SUDDEN_WORDS}|rapid|quick)`;
const FORCE_BEFORE = new RegExp(String.raw`\b${FORCE}\s+(?:or|and)\s+(?:an?\s+)?(?:${SUDDEN}\s+)?$`, 'i');
const FORCE_AFTER = new RegExp(String.raw`^\s+(?:or|and)\s+(?:an?\s+)?${FORCE}\b`, 'i');

/**
 * A thing's force, said as a verb joined to the stretch: "lifting pulls and stretches back muscles",
 * "it twists and stretches the ligament". Only a thing or an "-ing" activity as the subject: "She
 * pulls and stretches her calves with a towel" is the exercise.
 */
const FORCE_VERB_BEFORE =
  /\b(?:it|this|that|which|[a-z]{3,}ing)\s+(?:(?:also|often|suddenly)\s+)?(?:pulls|yanks|jerks|wrenches|twists|strains|overloads|tugs)\s+(?:and|or)\s+$/i;

/**
 * A tissue a thing lets or makes stretch: "the boot allows my Achilles to stretch", "the brace made
 * the ligament stretch" (the joint-sense round). The Achilles counts here: nobody lets a tendon do
 * the exercise.
 */
const CAUSED_BEFORE = new RegExp(
  String.raw`\b(?:lets?|letting|allows?|allowed|allowing|makes?|made|making|forces?|forced|forcing|causes?|caused|causing)\s+(?:(?:the|my|your|his|her|their|its|a)\s+)?(?:(?:left|right|injured|torn|healing)\s+)?(?:${TISSUE}|achilles(?:\s+tendons?)?)\s+(?:to\s+)?$`,
  'i',
);

/**
 * The precise16 round: a tissue named earlier in the sentence, stretched as "they" or "it" ("ligaments
 * do not heal well once they are stretched"); a muscle that "does not stretch as much" (a
 * tissue's give, said with a comparison); a sudden force's stretch of a part ("the explosive
 * stretching of his hamstrings in the kick": an article, then the force, then "of"). "Avoid sudden
 * stretching of cold calves" is the exercise's advice.
 */
const PRONOUN_PASSIVE_BEFORE = new RegExp(
  String.raw`\b${TISSUE}\b[^.!?;]{0,50}\b(?:they|it)\s+(?:(?:are|is|were|was|get|gets|got|have\s+been|has\s+been|become|becomes)\s+)(?:(?:over|too|badly|slightly)\s+)?$`,
  'i',
);
const MUSCLE_GIVE_BEFORE = /\bmuscles?\s+(?:that\s+)?(?:does|do|did|can|could|will|would)(?:\s*n['’]t|\s+not)?\s+$/i;
const MUSCLE_GIVE_AFTER = /^\s+as\s+(?:much|far|easily|well|readily)\b/i;
const SUDDEN_BEFORE = new RegExp(String.raw`\b(?:the|a|an|this|that)\s+(?:${SUDDEN_WORDS}|forced)\s+$`, 'i');

/**
 * The nineteenth session's held-out sprain and tendon articles: a sudden stretch given as a cause
 * ("a tear of the ligaments due to sudden stretching"), a joint stretched too far ("a sprain is when
 * you stretch your ankle too far": nobody stretches a joint as the exercise), a stretch that loads a
 * tissue ("walking uphill increases the stretch on the tendon") and a sprain's grade ("2nd-degree
 * sprain: more severe stretching"). "Avoid sudden stretching of cold calves" names no cause and stays
 * the exercise; "start mild stretching after the sprain heals" goes on past the grade.
 */
const SUDDEN_CAUSE_BEFORE = new RegExp(
  String.raw`\b(?:due\s+to|caused\s+by|because\s+of|from|by|with)\s+(?:(?:an?|the)\s+)?${SUDDEN}\s+$`,
  'i',
);
const JOINT_TOO_FAR_AFTER =
  /^\s+(?:(?:the|a|an|your|their|its|my|his|her)\s+)?(?:[a-z]+\s+)?(?:ankles?|knees?|joints?|wrists?|feet|foot)\s+too\s+(?:far|much)\b/i;
const LOAD_BEFORE =
  /\b(?:increases?|increasing|increased|adds?|adding|added|more|extra|excess|excessive|too\s+much)\s+(?:the\s+|a\s+)?$/i;
const LOAD_AFTER = new RegExp(
  String.raw`^\s+on\s+(?:(?:the|your|my|his|her|their|its|a|an)\s+)?(?:${TISSUE}|achilles(?:\s+tendons?)?)\b`,
  'i',
);
const GRADE_BEFORE = /\b(?:mild|moderate|severe|slight|partial|minor|major)\s+$/i;
const GRADE_AFTER = /^(?:\s*[,.;:)]|\s*$|\s+of\b)/i;
const SPRAIN = /\b(?:sprains?|sprained|ligaments?|grade|degree)\b/i;

/**
 * The tissue17 round: a stretch that injures (docs/sense.md "Another tissue's stiffness, stretch and
 * tendonitis"). A sudden force's stretch as the subject of an injury ("a violent stretch can tear the
 * calf"); over-stretching ("strains come from over-stretching the calf"); a part stretched too far as
 * a strain's cause, with no person as its subject ("a strain is caused by stretching the muscle too
 * far": the labellers read overstretching as no exercise; "I stretched my calf too far" stays the
 * exercise, overdone); a muscle's own stretch as how it works ("stores energy in its stretch and
 * releases it", "the stretch-shortening cycle").
 */
const INJURES_AFTER =
  /^\s+(?:(?:can|may|might|could|will|often|that|which)\s+){0,2}(?:tears?|injures?|damages?|rips?|ruptures?|strains?|pulls?|sprains?|causes?\s+(?:a\s+)?(?:strain|tear|sprain|injury))\b/i;
const OVER_BEFORE = /\bover[-\s]?$/i;
const TOO_FAR_AFTER =
  /^\s+(?:(?:the|a|an|your|their|its)\s+)?(?:[a-z]+\s+){0,2}(?:too\s+(?:far|much|hard|fast)|beyond\s+(?:its|their|the)|past\s+(?:its|their|the)\s+(?:limits?|normal|breaking|point))/i;
const CAUSE_BEFORE = /\b(?:by|from|through|when|while|with)\s+$/i;
const OWN_STRETCH_BEFORE = /\b(?:its|their|(?:the|a)\s+muscle['’]s)\s+$/i;
const OWN_STRETCH_AFTER = /^(?:-shortening|\s+and\s+(?:recoil|shortening|shortens?|contraction|releases?\s+it))\b/i;

/** The matches that are not a tissue's stretch. */
export function withoutTissueStretches(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isTissueStretch);
}

/** Is `match` a form of "stretch" said of a tissue, a state, an extent, a feeling or a force? */
export function isTissueStretch(text: string, match: RawMatch): boolean {
  if (!isFormShaped(text, match, 's', 7, 10)) return false;
  const form = text.slice(match.start, match.end);
  if (!STRETCH_FORM.test(form)) return false;
  const before = text.slice(Math.max(0, match.start - 80), match.start);
  const after = text.slice(match.end, match.end + 60);
  if (SUBJECT_BEFORE.test(before) || FORCE_BEFORE.test(before) || FORCE_AFTER.test(after)) return true;
  if (FORCE_VERB_BEFORE.test(before) || CAUSED_BEFORE.test(before)) return true;
  const ending = form.slice(7).toLowerCase();
  if (INJURY_AFTER.test(after) || (!ending.startsWith('e') && COMPOUND_BEFORE.test(before))) return true;
  if (OBJECT_AFTER.test(after) || (SPREAD_BEFORE.test(before) && SPREAD_AFTER.test(after))) return true;
  // "I stretched too far and pulled my calf": a person's stretch is the exercise, overdone.
  if (ending === 'ed' && (STATE_BEFORE_TISSUE.test(after) || (STATE_AFTER.test(after) && !PERSON_BEFORE.test(before))))
    return true;
  if (SUBJECT_RIGHT_BEFORE.test(before) && isVerbHere(ending, before, after)) return true;
  // An extent is a participle or a verb said of a thing; an imperative that opens its sentence
  // ("Stretch from your toes to your fingertips") is the exercise.
  if (EXTENT_AFTER.test(after) && !/(?:^|[.!?:])\s*$/.test(before)) return true;
  if ((FEELING_AFTER.test(after) && !FELT_IN_EXERCISE.test(before)) || FEELING_BEFORE.test(before)) return true;
  if (ending === 'ed' && PRONOUN_PASSIVE_BEFORE.test(before)) return true;
  if (MUSCLE_GIVE_BEFORE.test(before) && MUSCLE_GIVE_AFTER.test(after)) return true;
  if (SUDDEN_BEFORE.test(before) && (/^\s+of\b/i.test(after) || INJURES_AFTER.test(after))) return true;
  if (SUDDEN_CAUSE_BEFORE.test(before) || JOINT_TOO_FAR_AFTER.test(after)) return true;
  if (LOAD_BEFORE.test(before) && LOAD_AFTER.test(after)) return true;
  if (GRADE_BEFORE.test(before) && GRADE_AFTER.test(after) && SPRAIN.test(before + after)) return true;
  return isOverstretch(before, after);
}

function isOverstretch(before: string, after: string): boolean {
  if (OVER_BEFORE.test(before) || (OWN_STRETCH_BEFORE.test(before) && OWN_STRETCH_AFTER.test(after))) return true;
  return CAUSE_BEFORE.test(before) && TOO_FAR_AFTER.test(after);
}

function isVerbHere(ending: string, before: string, after: string): boolean {
  if (ending === 'ed') return true;
  if (ending === 'es') return VERB_AFTER.test(after);
  return ending === '' && /[^s]s\s+$/i.test(before);
}
