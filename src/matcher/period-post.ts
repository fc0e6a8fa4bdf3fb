import type { Match } from './matcher.ts';
import { MENSES } from './menses.ts';

/**
 * A post about a period: its cramps and spasms are the womb's, not the leg-cramp or muscle-spasm
 * card's, though the paragraph holding them says only "the cramps" ("I had the worst cramps… the
 * cramps let up") and another rule (a sport named there, a post's exercise) anchored them. The sport
 * frame already reads the cramp's own block for the period (`MENSES`, sport-frame.ts); a post names
 * it once, often in an earlier paragraph, so this reads the blocks before too (`earlier`, the post's
 * earlier paragraphs or lines: src/page/earlier-blocks.ts). A part of the leg named in the block or
 * the blocks before ("period cramps, and my calves cramp at night too") leaves the rules as they are
 * (issue 11, the fit-page round: docs/sense.md "Fitting pages and period posts").
 */
const CRAMP_FORM = /^(?:cramps?|cramping|crampy|spasms?|spasming|spasmed)$/i;
/**
 * A part of the leg, a leg's cramp named as such ("charley horse"), or muscles, named in the block or
 * the blocks before ("heat relaxes the muscles, easing pain and spasms": a muscle's spasm on a period
 * page, held11's labels).
 */
export const LEG =
  /\b(?:muscles?|legs?|feet|foot|toes?|calf|calves|shins?|thighs?|hamstrings?|knees?|ankles?|arch(?:es)?|charl(?:ey|ie)\s+horses?)\b/i;

/** `marks` without the bare cramps and spasms of a post about a period. */
export function withoutPeriodCramps(text: string, marks: Match[], earlier?: () => string): Match[] {
  // Most blocks hold no cramp: one length test and one expression a mark.
  const isCramp = (mark: Match) =>
    mark.end - mark.start <= 9 && mark.end - mark.start >= 5 && CRAMP_FORM.test(text.slice(mark.start, mark.end));
  if (!marks.some(isCramp) || LEG.test(text)) return marks;
  if (!MENSES.test(text)) {
    const before = earlier?.() ?? '';
    if (!MENSES.test(before) || LEG.test(before)) return marks;
  }
  return marks.filter((mark) => !isCramp(mark));
}
