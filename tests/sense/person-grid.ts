// `node tests/sense/person-grid.ts [--lines] [--everyday]`: a generated grid of plain sentences about
// a whole person, no part of the body named (persons × whole-body sign predicates, in a few frames,
// and the sign said back in a second sentence), matched by the bundled matcher, to find the families
// of forum sentences the rules miss (docs/sense.md, "A whole person's signs"). Prints the failures by
// family: the sign unmarked, marked with a card no line expects, or red (issue 11: a weak urgent sign
// is red only with a lower-limb word in its sentence, and these lines name none). `--lines` prints
// every line and its marks; `--everyday` runs the counter-grid, where every mark is a failure.
import { everydayPersonLines } from './person-everyday.ts';
import { personLines, type PersonLine } from './person-words.ts';
import { cardOf, createLineGrid, markAt } from './grid-tally.ts';

const grid = createLineGrid(process.argv);
const { fail } = grid;

const lines: PersonLine[] = grid.isEveryday ? everydayPersonLines() : personLines();
grid.judge(
  lines,
  (line) => `marked (${line.predicate})`,
  (line, marks, shown) => {
    const family = `${line.predicate} | ${line.frame === 'said-back' ? 'said back' : 'own sentence'}`;
    const mark = markAt(marks, line.word === undefined ? -1 : line.text.toLowerCase().lastIndexOf(line.word));
    if (line.entries.length > 0 && !mark) fail(`unmarked: ${family}`, `${line.text}\t${shown}`);
    const entries = new Set([...line.entries, ...(line.allowed ?? [])]);
    for (const m of marks) {
      if (!entries.has(cardOf(m.entryId))) fail(`other card: ${family}`, `${line.text}\t${shown}`);
      if (m.isUrgent) fail(`red: ${family}`, `${line.text}\t${shown}`);
    }
  },
);

grid.printTotal(lines.length);
grid.printKinds();
grid.printFamilies(grid.isLines ? 0 : 3);
