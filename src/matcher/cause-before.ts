import type { Match } from './matcher.ts';
import { isAnimalLegSign } from './animal-leg.ts';
import { isNumbFeeling } from './numb-feeling.ts';

/** How much of the blocks before is read: the last sentence, as sentence-around.ts reads one. */
const LAST_SENTENCE = 160;

/**
 * The marks of a block's first sentence whose cause the line before says: "Still have half the
 * turkey left." then, in a paragraph or line of its own, "The leg was tender…"; "The verdict came
 * in at midnight." then "I felt numb for days…". animal-leg.ts and numb-feeling.ts read the
 * sentence before in the block; a post split into lines or paragraphs (`--split` of
 * tests/sense/eval-sense.ts) gives that sentence as the block before, so the two tests are asked
 * again with the last sentence of `earlier` (earlier-blocks.ts) put before the block. Only a block
 * whose first sentence has a mark either test may be about asks the page for its blocks before.
 */
export function withoutCausesBefore(text: string, marks: Match[], earlier?: () => string): Match[] {
  if (!earlier || !marks.some((mark) => mayHaveCauseBefore(text, mark))) return marks;
  const blocks = earlier().trimEnd();
  if (blocks === '') return marks;
  const last = blocks.slice(-LAST_SENTENCE);
  const joined = `${last}${/[.!?]$/.test(last) ? '' : '.'} ${text}`;
  const shift = joined.length - text.length;
  const isCaused = (mark: Match) => {
    if (!mayHaveCauseBefore(text, mark)) return false;
    const moved = { start: mark.start + shift, end: mark.end + shift, entryId: mark.entryId, sense: 'weak' as const };
    return isAnimalLegSign(joined, moved) || isNumbFeeling(joined, moved);
  };
  return marks.some(isCaused) ? marks.filter((mark) => !isCaused(mark)) : marks;
}

/** Is `mark` in the block's first sentence, and a sign form one of the two tests reads? */
function mayHaveCauseBefore(text: string, mark: Match): boolean {
  const length = mark.end - mark.start;
  return length >= 3 && length <= 10 && !/[.!?]\s/.test(text.slice(0, mark.start)) && mayBeSign(text, mark);
}

const SIGN_TEXT =
  /^(?:tender|tenderness|swollen|swell|swells|swelled|swelling|puffy|puffiness|weak|weakness|red|redness|warm|hot|bruised|bruising|stiff|stiffness|numb)$/i;
const mayBeSign = (text: string, mark: Match) => SIGN_TEXT.test(text.slice(mark.start, mark.end));
