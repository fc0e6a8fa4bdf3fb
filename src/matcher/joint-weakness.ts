/**
 * The muscle-weakness card explains a muscle with less strength than usual, and is urgent where a
 * leg suddenly gives out. A "weak knee" or "weak ankles" is another thing: a joint that wobbles or
 * gives way, what runners and netball players mean by it, and it was red because the knee is a
 * lower-limb word in its sentence (issue 11, the joint-sense round: docs/sense.md "A joint's
 * weakness, a cramp's knot, a pain's heat"). This reads the joint-stiffness round's shapes
 * (joint-stiffness.ts) with "weak": the joint as the adjective's noun ("weak, wobbly knees") or as the
 * subject ("my knee is weak", "my ankles have always been weak"). The noun is not read: "weakness in
 * my left ankle" after a back operation is the muscles' that lift the foot, a nerve's sign. Not a
 * muscle said to be in or around the joint ("the muscles around my knee are weak"), nor a leg, a
 * calf or hips ("weak hips" are the glutes'). These uses are dropped before any sense rule reads the
 * block, so they neither mark nor anchor. A pulse is read the same way ("a weak pulse in the foot",
 * "the pulse in my foot was weak"): a nurse's finding about the blood flow, not a muscle's strength,
 * and it was red because the foot is a lower-limb word (issue 11, the redfix14 round: docs/sense.md
 * "Bruise colours, a hand's tingling, a pulse and a thing that warms up").
 */
import type { RawMatch } from './apply-sense.ts';
import { adjectiveOf, compoundOf, nounPlaceOf, PART_BEFORE } from './joint-stiffness.ts';
import { isFormShaped, withoutUses } from './without-uses.ts';

const WEAK_FORM = /^weak(?:er)?$/i;

/** Joints, and the cords that hold them: what gives way rather than tires. */
const JOINT = String.raw`(?:joints?|knees?|kneecaps?|ankles?|wrists?|elbows?|achilles(?:\s+tendons?)?|tendons?|ligaments?)`;

/**
 * What is weak without a muscle's strength: a joint, a pulse felt at the ankle or foot, or a vein's
 * valve or wall ("weak valves let blood pool in the leg veins": a vein article's cause of varicose
 * veins, red because the leg was named; the tissue17 round).
 */
const NOT_A_MUSCLE = String.raw`(?:${JOINT}|pulses?|(?:vein\s+)?valves?|(?:vein|vessel)\s+walls?)`;

const ADJECTIVE = adjectiveOf(NOT_A_MUSCLE);
const SUBJECT_BEFORE = PART_BEFORE(NOT_A_MUSCLE);
/** "weak at the knees", "weak in the knees": a feeling of love or fear, or a faint, not a muscle. */
const AT_THE_KNEES = /^\s+(?:at|in)\s+(?:the|my|your|his|her|their)\s+knees\b/i;

/**
 * The noun said of the knee: "weakness in my knee", "weakness and swelling of the knee", "knee
 * weakness". A knee's weakness is the joint giving way, as its adjective is (above), and it was red
 * because the knee is a lower-limb word (review17, from the grid). Only the knee: an ankle's or a
 * foot's weakness may be the foot-lifting muscles' (the comment at the top), and a muscle named
 * after it keeps it the muscles' ("weakness in my knee and calf").
 */
const KNEE = String.raw`(?:knees?|kneecaps?)`;
const KNEE_PLACE = nounPlaceOf(KNEE);
const KNEE_COMPOUND = compoundOf(KNEE);
const MUSCLE_AFTER =
  /^[^.!?;]*?\b(?:calf|calves|hamstrings?|muscles?|quads?|quadriceps|thighs?|legs?|shins?|foot|feet)\b/i;

/** The matches that are not a joint's or a pulse's weakness. */
export function withoutJointWeakness(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isJointWeakness);
}

/** Is `match` "weak" or "weaker" said of a joint or a pulse, or "weakness" of a knee? */
export function isJointWeakness(text: string, match: RawMatch): boolean {
  if (!isFormShaped(text, match, 'w', 4, 8)) return false;
  const form = text.slice(match.start, match.end);
  const before = text.slice(Math.max(0, match.start - 80), match.start);
  const after = text.slice(match.end, match.end + 50);
  if (/^weakness$/i.test(form))
    return (KNEE_PLACE.test(after) || KNEE_COMPOUND.test(before)) && !MUSCLE_AFTER.test(after);
  if (!WEAK_FORM.test(form)) return false;
  return ADJECTIVE.test(after) || AT_THE_KNEES.test(after) || SUBJECT_BEFORE.test(before);
}
