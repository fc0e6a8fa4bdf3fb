// `node tests/sense/care-grid.ts [--lines] [--everyday]`: a generated grid of a health page's care and
// advice about a sign with no part of the body named (signs × care shapes, after an injury or a
// treatment or none), matched by the bundled matcher, to find the families the rules miss
// (docs/sense.md, "Signs in care and advice on health pages"). Prints the failures by family: the
// sign unmarked, marked with a card no line expects, or red (issue 11: a weak urgent sign is red only
// with a lower-limb word in its sentence, and these lines name none). `--lines` prints every line and
// its marks; `--everyday` runs the counter-grid (care-everyday.ts), where every mark is a failure.
import { everydayCareLines } from './care-everyday.ts';
import { careLines, type CareLine } from './care-words.ts';
import { bundledMatcher, cardOf, failureTally, shownMarks } from './grid-tally.ts';

const matcher = bundledMatcher();
const isLines = process.argv.includes('--lines');
const isEveryday = process.argv.includes('--everyday');

const { failures, samples, fail } = failureTally();

const lines: CareLine[] = isEveryday ? everydayCareLines() : careLines();
for (const line of lines) {
  const marks = matcher.match(line.text);
  const shown = shownMarks(line.text, marks);
  if (isLines) console.log(`${line.text}\t${shown}`);
  if (isEveryday) {
    if (marks.length > 0) fail(`marked (${line.frame}: ${line.family})`, `${line.text}\t${shown}`);
    continue;
  }
  const family = line.family;
  const bySign = (kind: string) => fail(`${kind} sign: ${line.word}`, '');
  const at = line.text.toLowerCase().lastIndexOf(line.word);
  const mark = marks.find((m) => m.start <= at && m.end > at);
  if (line.entries.length > 0 && !mark) {
    fail(`unmarked: ${family}`, `${line.text}\t${shown}`);
    bySign('unmarked');
  }
  const entries = new Set(line.entries);
  for (const m of marks) {
    if (!entries.has(cardOf(m.entryId))) fail(`other card: ${family}`, `${line.text}\t${shown}`);
    if (m.isUrgent) fail(`red: ${family}`, `${line.text}\t${shown}`);
  }
}

const total = [...failures].filter(([f]) => !f.includes(' sign: ')).reduce((a, [, n]) => a + n, 0);
console.log(`\n${lines.length} lines, ${total} failures`);
const byKind = new Map<string, number>();
for (const [family, count] of failures) {
  if (family.includes(' sign: ')) continue;
  const kind = family.split(':')[0]!.split(' (')[0]!;
  byKind.set(kind, (byKind.get(kind) ?? 0) + count);
}
console.log([...byKind].map(([k, n]) => `${k} ${n}`).join(', '));
for (const [family, count] of [...failures].sort((a, b) => b[1] - a[1])) {
  console.log(`${count}\t${family}`);
  for (const sample of samples
    .get(family)!
    .filter(Boolean)
    .slice(0, isLines ? 0 : 2))
    console.log(`\t\t${sample}`);
}
