// `node tests/sense/person-grid.ts [--lines] [--everyday]`: a generated grid of plain sentences about
// a whole person, no part of the body named (persons × whole-body sign predicates, in a few frames,
// and the sign said back in a second sentence), matched by the bundled matcher, to find the families
// of forum sentences the rules miss (docs/sense.md, "A whole person's signs"). Prints the failures by
// family: the sign unmarked, marked with a card no line expects, or red (issue 11: a weak urgent sign
// is red only with a lower-limb word in its sentence, and these lines name none). `--lines` prints
// every line and its marks; `--everyday` runs the counter-grid, where every mark is a failure.
import { everydayPersonLines } from './person-everyday.ts';
import { personLines, type PersonLine } from './person-words.ts';
import { bundledMatcher, cardOf, failureTally, shownMarks } from './grid-tally.ts';

const matcher = bundledMatcher();
const isLines = process.argv.includes('--lines');
const isEveryday = process.argv.includes('--everyday');

const { failures, samples, fail } = failureTally();

const lines: PersonLine[] = isEveryday ? everydayPersonLines() : personLines();
for (const line of lines) {
  const marks = matcher.match(line.text);
  const shown = shownMarks(line.text, marks);
  if (isLines) console.log(`${line.text}\t${shown}`);
  if (isEveryday) {
    if (marks.length > 0) fail(`marked (${line.predicate})`, `${line.text}\t${shown}`);
    continue;
  }
  const family = `${line.predicate} | ${line.frame === 'said-back' ? 'said back' : 'own sentence'}`;
  const at = line.word === undefined ? -1 : line.text.toLowerCase().lastIndexOf(line.word);
  const mark = marks.find((m) => m.start <= at && m.end > at);
  if (line.entries.length > 0 && !mark) fail(`unmarked: ${family}`, `${line.text}\t${shown}`);
  const entries = new Set([...line.entries, ...(line.allowed ?? [])]);
  for (const m of marks) {
    if (!entries.has(cardOf(m.entryId))) fail(`other card: ${family}`, `${line.text}\t${shown}`);
    if (m.isUrgent) fail(`red: ${family}`, `${line.text}\t${shown}`);
  }
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
