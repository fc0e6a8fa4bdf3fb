import type { AnchorFinder, TextSpan } from './anchor-finder.ts';
import type { RawMatch } from './apply-sense.ts';
import { OTHER_PART as OTHER_BODY_PART } from './other-body-part.ts';
import { OTHER_PART } from './post-anchor.ts';
import { SentenceAnchors } from './sentence-anchors.ts';
import { sentencesOf } from './sentences.ts';

/** A heading longer than this is a sentence of its own, not a thread's or a post's title. */
export const MAX_HEADING_CHARS = 120;

/** The parts a complaint's title names; not "foot" or "heel" (a sock's, a shoe's, a hill's as often). */
const PART = String.raw`(?:calf|calves|knee|knees|ankle|ankles|shin|shins|leg|legs|Achilles|hamstring|hamstrings|fibula|tibia)`;
/**
 * What makes the part a thing's or gear after it: "Knee-high socks", "knee-jerk", "Calf leather
 * boots", "Ankle boots", "Ankle monitor", "Calf Creek", "Calf rearing", "calf's liver".
 */
const NOT_THE_PART = String.raw`(?![-‐–]\w|['’]s\b|\s+(?:leather|skin|boots?|socks?|straps?|chains?|bracelets?|monitors?|high|deep|length|warmers?|rearing|creek|liver|prices?|sales?|market|pen|pens)\b)`;
/**
 * Words of a complaint said of the part. Not "surgery", "replacement" or "weak": a news page's
 * "Knee surgery waiting lists grow", "Knee replacement costs", "Weak knees, strong will".
 */
const COMPLAINT = String.raw`(?:swollen|swelling|swell(?:s|ed)?|sore(?:ness)?|pain(?:ful|s)?|aches?|aching|achy|cramps?|cramping|spasms?|sprain(?:ed|s)?|strain(?:ed|s)?|torn|tore|tear|broken|broke|fractured?|pulled|injur(?:y|ies|ed)|post[-‐ ]?op|numb(?:ness)?|tingl(?:e|ing|y)|bruis(?:e|ed|ing)|stiff(?:ness)?|tight(?:ness)?|tender(?:ness)?|lump|splints|flare[-‐ ]?ups?|niggle|tendinitis|tendonitis|hurts?|hurting|throbbing|rehab|recovery|diary|saga)`;
/** The complaint beside the part: at most two words between ("Swollen left calf", "Knee diary", "Left ankle, six weeks post-op" does not; "Achilles flare-up"). */
const BESIDE = new RegExp(
  String.raw`\b${COMPLAINT}\b(?:[\s,:–—-]+[\w'’]+){0,2}?[\s,:–—-]+${PART}\b${NOT_THE_PART}|\b${PART}\b${NOT_THE_PART}(?:[\s,:–—-]+[\w'’]+){0,2}?[\s,:–—-]+${COMPLAINT}\b`,
  'i',
);
const SIDE = String.raw`(?:(?:left|right|lower|upper|bad|poor)\s+)?`;
/** A side's or the writer's part, with a complaint anywhere in the title: "Left ankle, six weeks post-op". */
const OWNED = new RegExp(String.raw`\b(?:my|left|right)\s+${SIDE}${PART}\b${NOT_THE_PART}`, 'i');
const ANY_COMPLAINT = new RegExp(String.raw`\b${COMPLAINT}\b`, 'i');
/** The writer's part but a calf (a farm's "My calf" as often) is a complaint's subject alone: "My knee after the fall". */
const MY_PART = new RegExp(
  String.raw`\bmy\s+${SIDE}(?:knees?|ankles?|shins?|legs?|Achilles|hamstrings?)\b${NOT_THE_PART}`,
  'i',
);

/**
 * Does a thread's title or a post's heading name a part of the writer's leg as the subject of a
 * complaint ("Swollen calf after a long flight, worried", "Knee diary, week 3", "Left ankle, six
 * weeks post-op", "My knee after the fall")? Then the post under it goes on about that leg, and a
 * sign with no leg of its own takes it (thread-leg.ts; docs/sense.md, "A heading that names the
 * writer's leg"). Not a title where the part is gear, a thing's or a farm's ("Calf leather boots",
 * "Calf Creek Falls", "Calf rearing"), nor one without a complaint ("Knee surgery waiting lists
 * grow"), nor one naming another region or sense anywhere ("Knee replaced, now my shoulder",
 * "Chicken thighs", "The lame duck's last leg").
 */
export function isLegHeadingText(
  text: string,
  raw: readonly RawMatch[],
  negatives: readonly TextSpan[],
  finder: AnchorFinder,
): boolean {
  if (text.length > MAX_HEADING_CHARS) return false;
  const isComplaint = BESIDE.test(text) || MY_PART.test(text) || (OWNED.test(text) && ANY_COMPLAINT.test(text));
  if (!isComplaint || OTHER_PART.test(text) || OTHER_BODY_PART.test(text)) return false;
  finder.read(text);
  const sentences = sentencesOf(text);
  for (let from = 0; from < text.length;) {
    const [start, end] = sentences.at(from);
    const anchors = new SentenceAnchors(start, end, raw, negatives, finder, sentences.senseFrom(start));
    if (anchors.isOtherSense || anchors.hasAnimalWord || anchors.regions.length > 0) return false;
    from = Math.max(end, from + 1);
  }
  return true;
}
