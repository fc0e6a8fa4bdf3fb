// `node tests/sense/limb-grid.ts [--lines] [--everyday]`: a generated grid of a leg's part named as a
// body in action or a place on a body (owners × parts × a joint bent or kneeled on, a cast or a scar at
// the part, its state, a therapist or surgeon working on it; words in limb-words.ts), matched by the
// bundled matcher, to find whole families the rules miss (docs/sense.md, "A leg's part as a body in
// action"). Prints the failures by family: the part unmarked, a card no line expects, and any red (no
// line holds an urgent sign; `--all` prints every failing line). `--everyday` runs the counter-grid (limb-everyday.ts): the same words in
// other senses, where every mark is a failure.
import { limbLines } from './limb-words.ts';
import { everydayLimbLines } from './limb-everyday.ts';
import { bundledMatcher, cardOf, failureTally, shownMarks } from './grid-tally.ts';

const matcher = bundledMatcher();
const isLines = process.argv.includes('--lines');
const isEveryday = process.argv.includes('--everyday');
/** `--all` prints every failing line, not four a family. */
const isAll = process.argv.includes('--all');
/** Cards a line may mark beside its part: the words of care and of a person that some frames hold. */
const OTHER = ['healthcare-provider', 'tendon', 'fracture'];

const { failures, samples, fail } = failureTally();

const lines = isEveryday ? everydayLimbLines() : limbLines();
for (const line of lines) {
  const marks = matcher.match(line.text);
  const shown = shownMarks(line.text, marks);
  if (isLines) console.log(`${line.text}\t${shown}`);
  if (isEveryday) {
    if (marks.length > 0) fail('marked', `${line.text}\t${shown}`);
    continue;
  }
  const at = line.text.search(new RegExp(`\\b${line.part}\\b`));
  if (line.partEntry && !marks.some((m) => m.start <= at && m.end > at))
    fail(`part unmarked (${line.family})`, line.text);
  if (marks.some((m) => ![...OTHER, line.partEntry].includes(cardOf(m.entryId))))
    fail(`other card (${line.family})`, `${line.text}\t${shown}`);
  if (marks.some((m) => m.isUrgent)) fail('red', `${line.text}\t${shown}`);
}

console.log(`\n${lines.length} lines, ${[...failures.values()].reduce((a, b) => a + b, 0)} failures`);
for (const [family, count] of [...failures].sort((a, b) => b[1] - a[1])) {
  console.log(`${count}\t${family}`);
  for (const sample of samples.get(family)!.slice(0, isLines ? 0 : isAll ? undefined : 4)) console.log(`\t\t${sample}`);
}
