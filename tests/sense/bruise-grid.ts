// `node tests/sense/bruise-grid.ts [--lines] [--everyday]`: a generated grid of bruises in sport,
// forum and article sentences (owners × forms × shapes, with and without a leg part: bruise-words.ts),
// matched by the bundled matcher, to find the families of bruise uses the rules miss (docs/sense.md,
// "A bruise in sport posts and contusion articles"). Prints the failures by family: the bruise
// unmarked, marked by another card, or red (the bruising card is not urgent). `--lines` prints every
// line and its marks; `--everyday` runs the counter-grid (bruise-everyday.ts), where every mark fails.
import { everydayBruiseLines } from './bruise-everyday.ts';
import { bruiseLines, type BruiseLine } from './bruise-words.ts';
import { bundledMatcher, cardOf, failureTally, shownMarks } from './grid-tally.ts';

const matcher = bundledMatcher();
const isLines = process.argv.includes('--lines');
const isEveryday = process.argv.includes('--everyday');

const { failures, samples, fail } = failureTally();

const lines: BruiseLine[] = isEveryday ? everydayBruiseLines() : bruiseLines();
for (const line of lines) {
  const marks = matcher.match(line.text);
  const shown = shownMarks(line.text, marks);
  if (isLines) console.log(`${line.text}\t${shown}`);
  if (isEveryday) {
    if (marks.length > 0) fail(`marked (${line.shape})`, `${line.text}\t${shown}`);
    continue;
  }
  const at = line.text.toLowerCase().lastIndexOf(line.word);
  const mark = marks.find((m) => m.start <= at && m.end > at);
  const card = mark && cardOf(mark.entryId);
  if (line.entry && !mark) fail(`unmarked: ${line.shape}`, `${line.text}\t${shown}`);
  if (mark && card !== line.entry) fail(`other card: ${line.shape}`, `${line.text}\t${shown}`);
  if (marks.some((m) => m.isUrgent)) fail(`red: ${line.shape}`, `${line.text}\t${shown}`);
}

console.log(`\n${lines.length} lines, ${[...failures.values()].reduce((a, b) => a + b, 0)} failures`);
const byKind = new Map<string, number>();
for (const [family, count] of failures) {
  const kind = family.split(':')[0]!.split(' (')[0]!;
  byKind.set(kind, (byKind.get(kind) ?? 0) + count);
}
console.log([...byKind].map(([k, n]) => `${k} ${n}`).join(', '));
for (const [family, count] of [...failures].sort((a, b) => b[1] - a[1])) {
  console.log(`${count}\t${family}`);
  for (const sample of samples.get(family)!.slice(0, isLines ? 0 : 3)) console.log(`\t\t${sample}`);
}
