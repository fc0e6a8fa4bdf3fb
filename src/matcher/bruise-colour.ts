/**
 * A bruise's colour: "the bruise turned a deep red, then purple", "dark red and purple", "red going
 * blue". The redness card explains a sign of extra blood flow under the skin, urgent where one calf
 * turns red for no reason; a bruise goes through its colours as it heals, and the shade was read as
 * the sign, red beside the calf or the leg (issue 11, the redfix14 round: docs/sense.md "Bruise
 * colours, a hand's tingling, a pulse and a thing that warms up"). A "red" is a bruise's where a
 * bruise is named in its sentence or just before it, and the red is a shade ("dark red", "deep red")
 * or a colour among others ("purple and red", "red, then yellow"), or is said of the bruise ("the
 * bruise is red"). Not a bare "red" near a bruise: "a bruise, and now the whole calf is red and hot"
 * is the sign. These uses are dropped before any sense rule reads the block, so they neither mark nor
 * anchor. Only forms whose text is "red" are read.
 */
import type { RawMatch } from './apply-sense.ts';
import { isFormShaped, withoutUses } from './without-uses.ts';
import { stopAfter } from './long-sentence.ts';

const BRUISE = /\bbruis(?:e|es|ed|ing)\b/i;
/** How far before the red a bruise may be named: its sentence, or a sentence or two before in the block. */
const BRUISE_BEFORE = 200;
const COLOUR = String.raw`(?:purple|purplish|blue|bluish|black|blackish|yellow|yellowish|green|greenish|brown|brownish|violet|maroon|plum)`;
/** Words that join colours in a bruise's course: "purple and red", "red, then yellow", "red going blue". */
const JOIN = String.raw`(?:[\s,/-]+(?:and|or|then|to|into|going|turning|turned|now|with|almost|more)?)+`;
const SHADE_BEFORE = /\b(?:dark|deep|dull|darker|deeper|purply|purplish|bluish|brownish)[\s-]+$/i;
const COLOUR_BEFORE = new RegExp(String.raw`\b${COLOUR}${JOIN}$`, 'i');
const COLOUR_AFTER = new RegExp(String.raw`^${JOIN}(?:(?:dark|deep|light)\s+)?${COLOUR}\b`, 'i');
/** The bruise as the subject: "the bruise is red", "bruises that went a bit red". */
const SAID_OF_BRUISE =
  /\bbruis(?:e|es)\s+(?:(?:that|which|has|have|had|is|are|now|just|still)\s+){0,2}(?:is|was|are|were|turned|turns|went|goes|looks?|looked|gone|going|got|became)\s+(?:a\s+)?(?:bit\s+|little\s+|very\s+|bright\s+|quite\s+)?$/i;

/** The matches that are not a bruise's colour. */
export function withoutBruiseColours(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isBruiseColour);
}

/** Is `match` "red" said as a bruise's colour? */
export function isBruiseColour(text: string, match: RawMatch): boolean {
  if (!isFormShaped(text, match, 'r', 3)) return false;
  if (text.slice(match.start, match.end).toLowerCase() !== 'red') return false;
  const near = text.slice(Math.max(0, match.start - BRUISE_BEFORE), stopAfter(text, match.end, /[.?!](?:\s|$)/));
  if (!BRUISE.test(near)) return false;
  const before = text.slice(Math.max(0, match.start - 40), match.start);
  const after = text.slice(match.end, match.end + 40);
  return (
    SHADE_BEFORE.test(before) || COLOUR_BEFORE.test(before) || COLOUR_AFTER.test(after) || SAID_OF_BRUISE.test(before)
  );
}
