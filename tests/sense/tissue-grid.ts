// `node tests/sense/tissue-grid.ts [--lines]`: the tissue grid (issue 11, the tissue17 round:
// docs/sense.md "Another tissue's stiffness, stretch and tendonitis"). Each line's form is read for
// one card (tissue-grid-words.ts): where the card does not explain it (a tendon's stiffness, a
// ligament's stretch, another tendon's tendonitis, a swollen vein, a device named by a part,
// pregnancy's weight) a mark is a wrong mark, and a red one on a vein a false red; where it does (a
// muscle's stiffness, the exercise, Achilles tendonitis, leg swelling, a shopper's calves) a missing
// mark is a lost one. Prints the counts by family, the failing lines, and with `--lines` every line.
import { tissueLines } from './tissue-grid-words.ts';
import { bundledMatcher, shownMarks } from './grid-tally.ts';

const matcher = bundledMatcher();
const isLines = process.argv.includes('--lines');

const counts = new Map<string, { lines: number; failed: number; red: number }>();
const failed: string[] = [];
for (const line of tissueLines()) {
  const marks = matcher.match(line.text);
  const at = line.text.toLowerCase().indexOf(line.form.toLowerCase());
  if (at < 0) throw new Error(`no "${line.form}" in: ${line.text}`);
  const onForm = marks.filter((m) => m.start <= at && m.end > at && m.entryId.endsWith(`/${line.entry}`));
  const isFailed = line.isKept ? onForm.length === 0 : onForm.length > 0;
  const count = counts.get(line.family) ?? { lines: 0, failed: 0, red: 0 };
  count.lines++;
  if (isFailed) count.failed++;
  if (!line.isKept && onForm.some((m) => m.isUrgent)) count.red++;
  counts.set(line.family, count);
  const shown = shownMarks(line.text, marks);
  if (isFailed) failed.push(`${line.family}\t${line.text}\t${shown}`);
  if (isLines) console.log(`${line.text}\t${shown}`);
}

let wrong = 0;
let lost = 0;
let red = 0;
for (const [family, count] of counts) {
  const isKept = tissueLines().find((l) => l.family === family)!.isKept;
  if (isKept) lost += count.failed;
  else wrong += count.failed;
  red += count.red;
  console.log(
    `${family}\t${count.lines} lines\t${count.failed} ${isKept ? 'lost' : 'wrong'}${count.red ? ` (${count.red} red)` : ''}`,
  );
}
console.log(`\nwrong marks ${wrong} (red ${red}), lost marks ${lost}`);
if (!isLines) for (const line of failed) console.log(line);
