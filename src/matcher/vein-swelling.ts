/**
 * The oedema card explains a swollen leg, ankle or foot: fluid in the tissue. A vein that is swollen
 * is a varicose vein, bulging, twisted and seen under the skin ("Varicose veins are veins in the legs
 * that have become swollen and twisted", "swollen, rope-like veins"), and the leg named in its
 * sentence made the word a red oedema mark (issue 11, the tissue17 round: docs/sense.md "Another
 * tissue's stiffness, stretch and tendonitis": a red false alarm on a held-out vein article). Read:
 * the form said of veins as their state ("the veins in her legs were swollen", "veins swell and
 * twist") or before them as their adjective ("swollen, twisted veins"). A leg's swelling beside the
 * veins stays the card's ("my legs are swollen and the veins ache", "swelling from varicose veins").
 * These uses are dropped before any sense rule reads the block, so they neither mark nor anchor.
 */
import type { RawMatch } from './apply-sense.ts';
import { withoutUses } from './without-uses.ts';

const FORM = /^(?:swollen|swolen|swell(?:s|ed|ing)?|puffy)$/i;

/** Words that describe a vein, between the form and it: "swollen, twisted, blue veins". */
const VEIN_LOOK = String.raw`(?:twisted|twisting|bulging|bulgy|enlarged|raised|knotted|knotty|rope-like|ropy|ropey|lumpy|blue|purple|dark|dilated|distended|tortuous|visible|painful|achy|itchy|superficial|surface|leg|varicose|spider)`;
const VEIN_AFTER = new RegExp(String.raw`^(?:,?\s+(?:and\s+)?${VEIN_LOOK}){0,3},?\s+veins?\b`, 'i');

/**
 * The veins as the subject: their noun, maybe their place ("in the legs", "behind her knees"), then
 * words of being, looking, becoming, time or degree, maybe another look ("bulging and"), then the form.
 */
const VEIN_BEFORE = new RegExp(
  String.raw`\bveins?(?:\s+(?:in|on|of|behind|around|along|over|at|down|up)\s+(?:[a-z]+\s+){0,2}[a-z]+)?` +
    String.raw`\s+(?:(?:that|which|are|is|were|was|be|been|become|became|have|has|had|look|looks|looked|appear|appears|appeared|get|gets|got|can|may|might|will|often|also|so|very|more|then|and|slightly|badly|slowly|gradually|eventually|usually|sometimes|start|starts|begin|begins|to)\s+){0,4}` +
    String.raw`(?:${VEIN_LOOK}(?:,|\s+and)\s+){0,2}$`,
  'i',
);

/** The matches that are not a vein's swelling. */
export function withoutVeinSwelling(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isVeinSwelling);
}

/** Is `match` "swollen" or "swell" said of veins? */
export function isVeinSwelling(text: string, match: RawMatch): boolean {
  const length = match.end - match.start;
  if (length < 5 || length > 8) return false;
  const first = text.charCodeAt(match.start) | 0x20;
  if (first !== 0x73 && first !== 0x70) return false;
  if (!FORM.test(text.slice(match.start, match.end))) return false;
  if (VEIN_AFTER.test(text.slice(match.end, match.end + 60))) return true;
  const before = text.slice(Math.max(0, match.start - 80), match.start);
  return VEIN_BEFORE.test(before);
}
