/**
 * A part of the leg named in a device's type: "a lateral ankle brace", "hinged knee braces", "a
 * lace-up ankle support". The adjective types the device, as a maker's catalogue or a study does,
 * so the part is the device's name there, not a person's joint (issue 11, the precise16 round: a
 * held-out article's "lateral ankle brace" was marked the ankle). So is a device for sale: "Knee
 * supports and calf sleeves for sore knees, from £9" (the sore knees stay the body's). A person's gear without such a
 * word keeps its part, as the corpus labels "my knee brace" and "an ankle support" (gear-part.ts);
 * "the ankle in the brace" is the body's. These uses are dropped before any sense rule reads the
 * block, so they neither mark nor anchor.
 */
import type { RawMatch } from './apply-sense.ts';
import { lastIndexNear, stopAfter } from './long-sentence.ts';
import { withoutUses } from './without-uses.ts';

const PART_FORM = /^(?:knees?|ankles?|calf|calves)$/i;
/** The device's type, right before the part. */
const TYPE_BEFORE =
  /\b(?:lateral|medial|hinged|lace-up|stirrup|rigid|semi-rigid|prophylactic|functional|unloader|off-loading|offloading)\s+$/i;
/** The device, right after the part. */
const DEVICE_AFTER = /^\s+(?:braces?|supports?|sleeves?|splints?|orthos[ie]s|stabili[sz]ers?|guards?)\b/i;

/**
 * A person named in the third person wearing the device, as a photo's caption says it: "Pictured: a
 * runner wearing an ankle brace", "The striker, wearing a knee brace, …", "a woman in an ankle
 * support" (the tissue17 round: a held-out article's caption). Only the caption's shape, a noun
 * then the participle: a sentence about a person ("Grandad has been wearing a knee support since the
 * fall", "I wear an ankle brace") keeps its part, as the corpus labels it (gear-part.ts).
 */
const NOT_A_NOUN = String.raw`(?<!\b(?:has|have|had|been|is|was|are|were|be|keeps|kept|started|still|always|now|also|not))`;
const WEARER_BEFORE = new RegExp(
  String.raw`\b(?:a|an|the|this|that)\s+(?:[a-z]+${NOT_A_NOUN}\s+){0,2}[a-z]+${NOT_A_NOUN},?\s+(?:wearing|in)\s+(?:an?|the|his|her|their)\s+(?:[a-z-]+\s+)?$`,
  'i',
);

/** A shop's sentence: a price, a sale, a discount. */
const SHOP =
  /[£$€]\s?\d|\b(?:on\s+sale|in\s+the\s+sale|per\s+cent\s+off|discount\w*|in\s+stock|online\s+shop|free\s+delivery)\b|%\s*off\b/i;

/** The matches that are not a part named in a device's type. */
export function withoutDeviceNames(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isDeviceName);
}

/** Is `match` the "ankle" of "a lateral ankle brace"? */
export function isDeviceName(text: string, match: RawMatch): boolean {
  // Asked of every form of every block: the space after, the length and the first letter first, so
  // most cost a comparison or three and no slice (the cost16 round: docs/performance.md, "the
  // fifteenth session", rerun with `node --cpu-prof tests/bench/match-forum-ab.ts A B 40`).
  const length = match.end - match.start;
  if (text.charCodeAt(match.end) !== 0x20 || length < 4 || length > 6) return false;
  const first = text.charCodeAt(match.start) | 0x20;
  if (first !== 0x6b && first !== 0x61 && first !== 0x63) return false;
  if (!PART_FORM.test(text.slice(match.start, match.end)) || !DEVICE_AFTER.test(text.slice(match.end, match.end + 16)))
    return false;
  if (TYPE_BEFORE.test(text.slice(Math.max(0, match.start - 16), match.start))) return true;
  return (
    WEARER_BEFORE.test(text.slice(Math.max(0, match.start - 60), match.start)) || SHOP.test(sentenceAt(text, match))
  );
}

/** The sentence around `match`: from the stop before it to the stop after it. */
function sentenceAt(text: string, match: RawMatch): string {
  const from = Math.max(
    lastIndexNear(text, '. ', match.start),
    lastIndexNear(text, '! ', match.start),
    lastIndexNear(text, '? ', match.start),
  );
  return text.slice(from + 1, stopAfter(text, match.end, /[.!?](?:\s|$)/));
}
