// `node tests/sense/grid-text.ts [--lines] [--everyday]`: a generated grid of plain sentences about a
// leg (owners × parts × sign predicates, in a few frames, and the sign said first), matched by the
// bundled matcher, to find whole families of ordinary sentences the rules miss (docs/sense.md, "A
// generated grid"). Prints the failures by family (the part unmarked, the sign unmarked, a card no
// cell expects, red that differs between owners of one part and predicate) and with `--lines` every
// line and its marks. `--everyday` runs the counter-grid instead: the same predicates said of things
// that are no body (grid-words.ts), where every mark is counted as a failure.
import { everydayLines, gridLines, type GridLine } from './grid-words.ts';
import { cardOf, createLineGrid, markAt } from './grid-tally.ts';

const grid = createLineGrid(process.argv);

const { fail } = grid;
/** Red per part and predicate, by owner: an owner word alone should not turn a sign red or not. */
const reds = new Map<string, Set<boolean>>();

const lines: GridLine[] = grid.isEveryday ? everydayLines() : gridLines();
grid.judge(
  lines,
  () => 'marked',
  (line, marks, shown) => {
    const entries = marks.map((m) => cardOf(m.entryId));
    if (line.partEntry && !markAt(marks, line.text.indexOf(line.part))) fail('part unmarked', line.text);
    if (line.signEntries.length > 0 && !entries.some((e) => line.signEntries.includes(e)))
      fail(`sign unmarked (${line.predicate})`, `${line.text}\t${shown}`);
    const known = new Set([...line.signEntries, ...line.otherEntries]);
    if (entries.some((e) => !known.has(e) && e !== line.partEntry)) fail('other card', `${line.text}\t${shown}`);
    const cell = `${line.frame}|${line.part}|${line.predicate}`;
    reds.set(cell, (reds.get(cell) ?? new Set()).add(marks.some((m) => m.isUrgent)));
  },
);
for (const [cell, seen] of reds) if (seen.size > 1) fail('red differs by owner', cell);

grid.printTotal(lines.length);
grid.printFamilies(grid.isLines ? 0 : 4);
