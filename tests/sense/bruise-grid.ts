// `node tests/sense/bruise-grid.ts [--lines] [--everyday]`: a generated grid of bruises in sport,
// forum and article sentences (owners × forms × shapes, with and without a leg part: bruise-words.ts),
// matched by the bundled matcher, to find the families of bruise uses the rules miss (docs/sense.md,
// "A bruise in sport posts and contusion articles"). Prints the failures by family: the bruise
// unmarked, marked by another card, or red (the bruising card is not urgent). `--lines` prints every
// line and its marks; `--everyday` runs the counter-grid (bruise-everyday.ts), where every mark fails.
import { everydayBruiseLines } from './bruise-everyday.ts';
import { bruiseLines, type BruiseLine } from './bruise-words.ts';
import { cardOf, createLineGrid, markAt } from './grid-tally.ts';

const grid = createLineGrid(process.argv);
const { fail } = grid;

const lines: BruiseLine[] = grid.isEveryday ? everydayBruiseLines() : bruiseLines();
grid.judge(
  lines,
  (line) => `marked (${line.shape})`,
  (line, marks, shown) => {
    const mark = markAt(marks, line.text.toLowerCase().lastIndexOf(line.word));
    const card = mark && cardOf(mark.entryId);
    if (line.entry && !mark) fail(`unmarked: ${line.shape}`, `${line.text}\t${shown}`);
    if (mark && card !== line.entry) fail(`other card: ${line.shape}`, `${line.text}\t${shown}`);
    if (marks.some((m) => m.isUrgent)) fail(`red: ${line.shape}`, `${line.text}\t${shown}`);
  },
);

grid.printTotal(lines.length);
grid.printKinds();
grid.printFamilies(grid.isLines ? 0 : 3);
