import type { Match } from './matcher.ts';
import { isAnimalLegSign, mayBeAnimalLegSign } from './animal-leg.ts';
import { isNumbFeeling, mayBeFeelingOfBefore } from './numb-feeling.ts';
import { isOtherCrampBefore, mayBeOtherCrampBefore } from './cramp-said.ts';
import { LEG } from './period-post.ts';
import { MAX_SENTENCE } from './long-sentence.ts';

/** How much of the blocks before is read: the last sentence, as sentence-around.ts reads one. */
const LAST_SENTENCE = 160;

/**
 * The marks of a block's first sentence whose cause the line before says: "Still have half the
 * turkey left." then, in a paragraph or line of its own, "The leg was tender…"; "The verdict came
 * in at midnight." then "I felt numb for days…"; "Played guitar for six hours." then "Got cramp and
 * had to stop." (cramp-said.ts). animal-leg.ts and numb-feeling.ts read the
 * sentence before in the block; a post split into lines or paragraphs (`--split` of
 * tests/sense/eval-sense.ts) gives that sentence as the block before, so the two tests are asked
 * again with the last sentence of `earlier` (earlier-blocks.ts) put before the block. Only a block
 * whose first sentence has a mark either test may be about by that sentence alone asks the page.
 */
export function withoutCausesBefore(text: string, marks: Match[], earlier?: () => string): Match[] {
  if (!earlier) return marks;
  // Where the block's first sentence ends, found once: a test of the text before each mark was
  // quadratic in a long block with no stop (a list, a table's cell). At most `MAX_SENTENCE`
  // characters, as the sentence rules cut one (long-sentence.ts): a 128k run with no stop after
  // "Played guitar all day." lost every bare cramp of the run to the guitar (docs/performance.md).
  const stop = text.slice(0, MAX_SENTENCE + 1).search(/[.!?]\s/);
  const firstEnd = stop < 0 ? Math.min(text.length, MAX_SENTENCE) : stop + 2;
  // Whether that sentence names the leg, read once: for each cramp of a long first sentence it read the whole sentence.
  let isLegNamed: boolean | undefined;
  const namesLeg = () => (isLegNamed ??= LEG.test(text.slice(0, firstEnd)));
  const mayHaveCauseBefore = (mark: Match) =>
    mark.start < firstEnd && (mayBeCausedBefore(text, mark) || mayBeOtherCrampBefore(text, mark, namesLeg));
  if (!marks.some(mayHaveCauseBefore)) return marks;
  const blocks = earlier().trimEnd();
  if (blocks === '') return marks;
  const last = blocks.slice(-LAST_SENTENCE);
  const joined = `${last}${/[.!?]$/.test(last) ? '' : '.'} ${text}`;
  const shift = joined.length - text.length;
  const isCaused = (mark: Match) => {
    if (!mayHaveCauseBefore(mark)) return false;
    const moved = { start: mark.start + shift, end: mark.end + shift, entryId: mark.entryId, sense: 'weak' as const };
    return (
      isAnimalLegSign(joined, moved) ||
      isNumbFeeling(joined, moved) ||
      isOtherCrampBefore(joined, moved, shift, namesLeg)
    );
  };
  return marks.some(isCaused) ? marks.filter((mark) => !isCaused(mark)) : marks;
}

/**
 * Could either test be about `mark`, a mark of the block's first sentence, by that sentence alone
 * ("The leg was tender", "I felt numb for days")? Most blocks' signs are said of "my calf": they
 * ask the page nothing (earlier-blocks.test.ts counts the asks).
 */
function mayBeCausedBefore(text: string, mark: Match): boolean {
  const raw = { start: mark.start, end: mark.end, entryId: mark.entryId, sense: 'weak' as const };
  return mayBeAnimalLegSign(text, raw) || mayBeFeelingOfBefore(text, raw);
}
