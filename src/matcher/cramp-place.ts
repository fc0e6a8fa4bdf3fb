/**
 * The leg-cramp card explains a cramp in the leg, most often the calf. A cramp placed in a hip, the
 * back or the side is another: "cramps in the hips or lower back", "a cramp in your side while
 * running" (a stitch), "hip cramps at night", "side cramps" (issue 11, the stretch-and-stiffness
 * round: docs/sense.md "A reach's stretch, a joint's stiffness, a cramp elsewhere"). Hips anchor the
 * leg's other signs (other-region.ts) and "side" is no body region there ("on the other side"), so
 * this reads only the cramp's own place: right after it or as its first word. Not "the back of my
 * calf" or "the side of the knee", and not a list that goes on to the leg ("cramps in my hips and
 * calves"). These uses are dropped before any sense rule reads the block, so they neither mark nor
 * anchor. Only forms whose text is a form of "cramp" (maybe after "muscle") are read.
 */
import type { RawMatch } from './apply-sense.ts';
import { withoutUses } from './without-uses.ts';

const CRAMP_FORM = /^(?:muscle\s+)?cramp(?:s|ing|y|ed\s+up)?$/i;

/** A place that is not the leg: a hip (not its flexor), the back, the side, the flank, the ribs. */
const PLACE = String.raw`(?:hips?(?!\s+flexors?)|back(?!\s+of)|sides?(?!\s+of)|flanks?|ribs|groin)`;
const PLACE_AFTER = new RegExp(
  String.raw`^\s+(?:up\s+)?(?:in|on|at|across|along|down)\s+(?:(?:the|my|your|his|her|their|one|a|both|each)\s+)?(?:(?:left|right|lower|upper|middle|whole)\s+)?${PLACE}\b`,
  'i',
);
/** "hip cramps", "a side cramp", "lower back cramping": the place as the cramp's first word. */
const PLACE_BEFORE = /\b(?:hip|side|flank|rib|groin|lower\s+back|back)\s+$/i;
const LEG_WORD = String.raw`(?:legs?|calf|calves|thighs?|feet|foot|toes?|hamstrings?|shins?)`;
/** A part of the leg in the words just before, in the same clause. */
const LEG_BEFORE = new RegExp(String.raw`\b${LEG_WORD}\b[^.;:!?]{0,12}$`, 'i');
/** The leg named later in the same list: "cramps in my hips and calves". */
const LEG_IN_LIST = new RegExp(
  String.raw`^[^.;:!?]{0,40}?\b(?:and|or|&|,)\s+(?:(?:my|the|your|his|her|their|both)\s+)?${LEG_WORD}\b`,
  'i',
);

/** The matches that are not a cramp placed outside the leg. */
export function withoutPlacedCramps(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isPlacedCramp);
}

/** Is `match` a form of "cramp" placed in a hip, the back or the side? */
export function isPlacedCramp(text: string, match: RawMatch): boolean {
  // Asked of every form of every block: length and first letter first, so others cost no slice.
  const length = match.end - match.start;
  const first = text.charCodeAt(match.start) | 0x20;
  if (length < 5 || length > 19 || (first !== 0x63 && first !== 0x6d)) return false;
  if (!CRAMP_FORM.test(text.slice(match.start, match.end))) return false;
  const before = text.slice(Math.max(0, match.start - 30), match.start);
  // "my calf cramps on the left side": the leg named just before owns the cramp, the side is its.
  if (LEG_BEFORE.test(before)) return false;
  const after = text.slice(match.end, match.end + 90);
  if (PLACE_AFTER.test(after)) return !LEG_IN_LIST.test(after.replace(PLACE_AFTER, ''));
  return PLACE_BEFORE.test(before);
}
