// `node tests/sense/event-grid.ts [--lines] [--everyday]`: a generated grid of plain sentences of an
// injury or event said of a leg (owners × parts × a fracture, a strain, overuse, a side effect,
// pregnancy, dehydration, nerve damage, tendonitis, a cramp, stretching, a warm-up, a doctor; words
// in event-words.ts), matched by the bundled matcher, to find whole families the rules miss
// (docs/sense.md, "Injuries and events said of a leg"). An event's card is expected only where the
// pack has a form of it in the line that no negative context takes ("fractured" is a form, "broke"
// is none), found by the matcher's own form finder. Prints the failures by family: the part
// unmarked, the event unmarked, a card no line expects, and any red (none of these cards is urgent;
// a line whose event is an urgent sign says so).
// `--everyday` runs the counter-grid: the same words in other senses, where every mark is a failure.
import { readFileSync } from 'node:fs';
import type { GlossaryPack } from '../../src/glossary/schema.ts';
import { compileMatcher, compileTries } from '../../src/matcher/compile-matcher.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../src/matcher/entries-from-packs.ts';
import { formFinderOf } from '../../src/matcher/form-finder.ts';
import { eventLines } from './event-words.ts';
import { everydayEventLines } from './event-everyday.ts';
import { cardOf, createLineGrid, markAt } from './grid-tally.ts';

const pack = JSON.parse(
  readFileSync(new URL('../../glossary/calf-muscle.json', import.meta.url), 'utf8'),
) as GlossaryPack;
const entries = entriesFromPacks([pack]);
const matcher = compileMatcher(entries, anchorWordsFromPacks([pack]));
const findForms = formFinderOf(compileTries(entries, anchorWordsFromPacks([pack])));
/** Cards a line may mark beside its part and event: the pain, bruise or cramp its words name. */
const OTHER = ['calf-pain', 'bruising', 'leg-cramp', 'muscle-spasm', 'lower-leg', 'muscle-stiffness'];

const grid = createLineGrid(process.argv, matcher);
const { fail } = grid;

/** The cards of `text` that the pack has a form of, outside that card's negative contexts. */
const formsOf = (text: string): Set<string> => {
  const { raw, negatives } = findForms(text);
  const kept = raw.filter(
    (form) => !negatives.some((n) => n.entryId === form.entryId && form.start >= n.start && form.end <= n.end),
  );
  return new Set(kept.map((form) => cardOf(form.entryId)));
};

const lines = grid.isEveryday ? everydayEventLines() : eventLines();
grid.judge(
  lines,
  () => 'marked',
  (line, marks, shown) => {
    const marked = marks.map((m) => cardOf(m.entryId));
    if (line.partEntry && !markAt(marks, line.text.indexOf(line.part)))
      fail(`part unmarked (${line.family})`, line.text);
    const expected = line.eventEntries.filter((entry) => formsOf(line.text).has(entry));
    if (expected.length > 0 && !marked.some((entry) => expected.includes(entry)))
      fail(`event unmarked (${line.family})`, `${line.text}\t${shown}`);
    const known = new Set([...line.eventEntries, ...OTHER, line.partEntry]);
    if (marked.some((entry) => !known.has(entry))) fail(`other card (${line.family})`, `${line.text}\t${shown}`);
    if (marks.some((m) => m.isUrgent && !line.eventEntries.includes(cardOf(m.entryId))))
      fail('red', `${line.text}\t${shown}`);
  },
);

grid.printTotal(lines.length);
grid.printFamilies(grid.isLines ? 0 : 4);
