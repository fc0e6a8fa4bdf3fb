// `node tests/sense/care-grid.ts [--lines] [--everyday]`: a generated grid of a health page's care and
// advice about a sign with no part of the body named (signs × care shapes, after an injury or a
// treatment or none), matched by the bundled matcher, to find the families the rules miss
// (docs/sense.md, "Signs in care and advice on health pages"). Prints the failures by family: the
// sign unmarked, marked with a card no line expects, or red (issue 11: a weak urgent sign is red only
// with a lower-limb word in its sentence, and these lines name none). `--lines` prints every line and
// its marks; `--everyday` runs the counter-grid (care-everyday.ts), where every mark is a failure.
import { everydayCareLines } from './care-everyday.ts';
import { careLines, type CareLine } from './care-words.ts';
import { cardOf, createLineGrid, markAt } from './grid-tally.ts';

const grid = createLineGrid(process.argv);
const { failures, fail } = grid;
/** The counts by sign word ("unmarked sign: swelling"), listed with no line and left out of the totals. */
const isBySign = (family: string) => family.includes(' sign: ');

const lines: CareLine[] = grid.isEveryday ? everydayCareLines() : careLines();
grid.judge(
  lines,
  (line) => `marked (${line.frame}: ${line.family})`,
  (line, marks, shown) => {
    const family = line.family;
    if (line.entries.length > 0 && !markAt(marks, line.text.toLowerCase().lastIndexOf(line.word))) {
      fail(`unmarked: ${family}`, `${line.text}\t${shown}`);
      fail(`unmarked sign: ${line.word}`, '');
    }
    const entries = new Set(line.entries);
    for (const m of marks) {
      if (!entries.has(cardOf(m.entryId))) fail(`other card: ${family}`, `${line.text}\t${shown}`);
      if (m.isUrgent) fail(`red: ${family}`, `${line.text}\t${shown}`);
    }
  },
);

const total = [...failures].filter(([f]) => !isBySign(f)).reduce((a, [, n]) => a + n, 0);
grid.printTotal(lines.length, total);
grid.printKinds(isBySign);
grid.printFamilies(grid.isLines ? 0 : 2);
