// `node tests/sense/block-grid.ts [--lines] [--everyday]`: a generated grid of two- and three-sentence
// posts (block-grid-words.ts): a first sentence that sets a person's leg in context (an injury, a
// surgery or a cast, a long trip, a game, a pregnancy, a sign said with its part) and a sign said
// without its part after it, maybe with a sentence about something else between or a question after.
// Each line is one block, matched as a page's block is (the matcher's `match` on the whole text, as
// mark-text.ts does), to find whole families of posts the rules miss (docs/sense.md, "A generated
// block grid"). Prints the failures by family: the sign unmarked, another card in the sign's
// sentence, a red sign whose sentence names no lower-limb word (issue 11's red rule). `--everyday`
// runs the counter-grid (block-grid-everyday.ts), where every mark is a failure; `--lines` prints
// every line and its marks.
import { blockGridLines, type BlockLine } from './block-grid-words.ts';
import { everydayBlockLines } from './block-grid-everyday.ts';
import { cardOf, createLineGrid } from './grid-tally.ts';

const grid = createLineGrid(process.argv);
const { fail } = grid;

const isItAfterLeg = (line: BlockLine) =>
  /^It\b/.test(line.text.slice(line.signAt[0])) && !/[.?!] .*[.?!] $/.test(line.text.slice(0, line.signAt[0]));

const lines: BlockLine[] = grid.isEveryday ? everydayBlockLines() : blockGridLines();
grid.judge(
  lines,
  (line) => `marked (${line.opener})`,
  (line, marks, shown) => {
    const [from, to] = line.signAt;
    const inSign = marks.filter((m) => m.start >= from && m.end <= to);
    const entries = inSign.map((m) => cardOf(m.entryId));
    if (line.signEntries.length > 0 && !entries.some((e) => line.signEntries.includes(e)))
      fail(`sign unmarked: ${line.shape}`, `${line.text}\t${shown}`);
    if (entries.some((e) => !line.signEntries.includes(e))) fail(`other card: ${line.shape}`, `${line.text}\t${shown}`);
    if (!line.mayBeRed && inSign.some((m) => m.isUrgent))
      // "it" right after the sentence that names the leg is the leg: main's rule (sentence-before.ts),
      // counted apart. Any other red in a sentence with no lower-limb word breaks issue 11's red rule.
      fail(
        `${isItAfterLeg(line) ? "red of 'it' right after the leg (kept)" : 'red without a limb word'}: ${line.shape}`,
        line.text,
      );
  },
);

grid.printTotal(lines.length);
grid.printFamilies(grid.isLines ? 0 : 3);
