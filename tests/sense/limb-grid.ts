// `node tests/sense/limb-grid.ts [--lines] [--everyday]`: a generated grid of a leg's part named as a
// body in action or a place on a body (owners × parts × a joint bent or kneeled on, a cast or a scar at
// the part, its state, a therapist or surgeon working on it; words in limb-words.ts), matched by the
// bundled matcher, to find whole families the rules miss (docs/sense.md, "A leg's part as a body in
// action"). Prints the failures by family: the part unmarked, a card no line expects, and any red (no
// line holds an urgent sign; `--all` prints every failing line). `--everyday` runs the counter-grid (limb-everyday.ts): the same words in
// other senses, where every mark is a failure.
import { limbLines } from './limb-words.ts';
import { everydayLimbLines } from './limb-everyday.ts';
import { cardOf, createLineGrid, markAt } from './grid-tally.ts';

const grid = createLineGrid(process.argv);
/** `--all` prints every failing line, not four a family. */
const isAll = process.argv.includes('--all');
/** Cards a line may mark beside its part: the words of care and of a person that some frames hold. */
const OTHER = ['healthcare-provider', 'tendon', 'fracture'];

const { fail } = grid;

const lines = grid.isEveryday ? everydayLimbLines() : limbLines();
grid.judge(
  lines,
  () => 'marked',
  (line, marks, shown) => {
    if (line.partEntry && !markAt(marks, line.text.search(new RegExp(`\\b${line.part}\\b`))))
      fail(`part unmarked (${line.family})`, line.text);
    if (marks.some((m) => ![...OTHER, line.partEntry].includes(cardOf(m.entryId))))
      fail(`other card (${line.family})`, `${line.text}\t${shown}`);
    if (marks.some((m) => m.isUrgent)) fail('red', `${line.text}\t${shown}`);
  },
);

grid.printTotal(lines.length);
grid.printFamilies(grid.isLines ? 0 : isAll ? undefined : 4);
