// `node tests/sense/speech-grid.ts [--lines] [--everyday] [--samples N]`: a generated grid of the leg's
// signs said in a forum's speech shapes — questions, denials, reports of what someone said, advice to
// another reader, lists — (parts × signs × shapes, words in speech-grid-words.ts), matched by the
// bundled matcher, counting what fails by family and shape: the sign unmarked, the part unmarked, a
// card no cell expects, an urgent sign not red (issue 11: a weak urgent sign is red with a lower-limb
// word in its sentence, a denied one too; denied-sign.ts only keeps a leg named before the sentence
// from making it red) and a red mark no cell expects (docs/sense.md, "Signs in questions, denials,
// reports and advice"). `--everyday` runs the counter-grid: the same shapes said of things that are no
// body, and fiction or idiom lines, where every mark is a failure.
import { readFileSync } from 'node:fs';
import type { GlossaryPack } from '../../src/glossary/schema.ts';
import { compileMatcher } from '../../src/matcher/compile-matcher.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../src/matcher/entries-from-packs.ts';
import * as words from './speech-grid-words.ts';

const pack = JSON.parse(
  readFileSync(new URL('../../glossary/calf-muscle.json', import.meta.url), 'utf8'),
) as GlossaryPack;
const matcher = compileMatcher(entriesFromPacks([pack]), anchorWordsFromPacks([pack]));
const URGENT = new Set(pack.entries.filter((e) => e.urgent !== undefined).map((e) => e.id));
/** Cards a sign's line may also mark without being wrong (a strain, a doctor, a pain's neighbours). */
const OTHER = ['calf-pain', 'muscle-stiffness', 'muscle-weakness', 'muscle-strain', 'leg-cramp', 'muscle-spasm'];
const isLines = process.argv.includes('--lines');
const isEveryday = process.argv.includes('--everyday');
const at = process.argv.indexOf('--samples');
const sampleCount = at === -1 ? 3 : Number(process.argv[at + 1]);

const counts = new Map<string, number>();
const samples = new Map<string, string[]>();
const count = (key: string, text: string) => {
  counts.set(key, (counts.get(key) ?? 0) + 1);
  samples.set(key, [...(samples.get(key) ?? []), text]);
};
let lineCount = 0;
let failCount = 0;

type Expect = { part: string; partEntry?: string; sign: string; cards: string[]; allowed: string[] };
const judge = (text: string, family: string, expect?: Expect) => {
  lineCount += 1;
  const marks = matcher.match(text).map((m) => ({ ...m, entry: m.entryId.replace(/^[^/]+\//, '') }));
  const shown = `${text}\t${marks.map((m) => `[${text.slice(m.start, m.end)}](${m.entry}${m.isUrgent ? '!' : ''})`).join(' ')}`;
  if (isLines) console.log(shown);
  const failures: string[] = [];
  if (expect === undefined) {
    if (marks.length > 0) failures.push('marked');
  } else {
    const partAt = text.search(new RegExp(`\\b${expect.part}\\b`));
    if (expect.partEntry && !marks.some((m) => m.start <= partAt && m.end > partAt)) failures.push('part unmarked');
    const signs = marks.filter((m) => expect.allowed.includes(m.entry));
    if (expect.cards.length > 0 && !signs.some((m) => expect.cards.includes(m.entry))) failures.push('sign unmarked');
    const known = new Set([...expect.allowed, ...OTHER, expect.partEntry]);
    if (marks.some((m) => !known.has(m.entry))) failures.push('other card');
    if (signs.some((m) => URGENT.has(m.entry) && !m.isUrgent)) failures.push('not red');
    if (marks.some((m) => m.isUrgent && !expect.allowed.includes(m.entry))) failures.push('red not expected');
  }
  for (const failure of failures) {
    count(failure, shown);
    if (expect !== undefined) count(`${failure} @ ${expect.sign}`, shown);
    count(`${failure} | ${family}`, shown);
  }
  failCount += failures.length;
};

for (const [family, shape] of words.SHAPES)
  for (const sign of words.SIGNS) {
    if (isEveryday) {
      for (const [part, isPlural] of words.THINGS) {
        const text = words.fill(shape, { part, isPlural, sign, speakers: words.THING_SPEAKERS });
        if (text !== undefined) judge(text, `${family}: ${shape}`);
      }
      continue;
    }
    for (const { part, isPlural, partEntry } of words.BODY_PARTS) {
      const text = words.fill(shape, { part, isPlural, sign, speakers: words.BODY_SPEAKERS });
      if (text === undefined) continue;
      // A joint's tightness, stiffness or weakness may be read either way: not asked for, not wrong.
      const cards = sign.isMuscleOnly && !words.MUSCLE_PARTS.has(part) ? [] : sign.cards;
      judge(text, `${family}: ${shape}`, { part, partEntry, sign: sign.noun, cards, allowed: sign.cards });
    }
  }
if (isEveryday) for (const text of words.COUNTER_LINES) judge(text, 'fiction and idiom');

console.log(`\n${lineCount} lines, ${failCount} failures`);
const rank = (key: string) => (key.includes('|') ? 2 : key.includes('@') ? 1 : 0);
const sorted = [...counts].sort((a, b) => rank(a[0]) - rank(b[0]) || b[1] - a[1]);
for (const [key, n] of sorted) {
  console.log(`${n}\t${key}`);
  for (const sample of (samples.get(key) ?? []).slice(0, key.includes('|') ? sampleCount : 0))
    console.log(`\t\t${sample}`);
}
