import { readFileSync } from 'node:fs';
import type { GlossaryPack } from '../../src/glossary/schema.ts';
import { compileMatcher } from '../../src/matcher/compile-matcher.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../src/matcher/entries-from-packs.ts';
import type { Match, Matcher } from '../../src/matcher/matcher.ts';

/** The bundled pack's matcher, as the extension compiles it: the set-up every generated grid shares. */
export function bundledMatcher(): Matcher {
  const pack = JSON.parse(
    readFileSync(new URL('../../glossary/calf-muscle.json', import.meta.url), 'utf8'),
  ) as GlossaryPack;
  return compileMatcher(entriesFromPacks([pack]), anchorWordsFromPacks([pack]));
}

/** A mark's card: its entry id without the pack's prefix ("calf-muscle/edema" → "edema"). */
export const cardOf = (entryId: string): string => entryId.replace(/^[^/]+\//, '');

/** A line's marks as the corpus writes them ("[swollen](edema!) [calf](calf-muscle)"), for a grid's listing. */
export const shownMarks = (text: string, marks: readonly Match[]): string =>
  marks.map((m) => `[${text.slice(m.start, m.end)}](${cardOf(m.entryId)}${m.isUrgent ? '!' : ''})`).join(' ');

/** A grid's failures counted by family, with the lines of each, in the order they were found. */
export function failureTally() {
  const failures = new Map<string, number>();
  const samples = new Map<string, string[]>();
  const fail = (family: string, text: string) => {
    failures.set(family, (failures.get(family) ?? 0) + 1);
    samples.set(family, [...(samples.get(family) ?? []), text]);
  };
  return { failures, samples, fail };
}

/** The options every grid reads: `--lines` lists each line with its marks, `--everyday` runs its counter-grid. */
const gridFlags = (argv: readonly string[]) => ({
  isLines: argv.includes('--lines'),
  isEveryday: argv.includes('--everyday'),
});

/** The mark that covers offset `at` of its line, if any. */
export const markAt = (marks: readonly Match[], at: number): Match | undefined =>
  marks.find((m) => m.start <= at && m.end > at);

/**
 * A grid's lines matched in turn: each listed with its marks under `--lines`; on the counter-grid
 * (`--everyday`) every mark fails under `everydayFamily(line)`, on the grid `judge` says what fails.
 * `shown` is the line's marks as the corpus writes them (`shownMarks`).
 */
function judgeLines<L extends { text: string }>(
  lines: readonly L[],
  matcher: Matcher,
  { isLines, isEveryday }: { isLines: boolean; isEveryday: boolean },
  fail: (family: string, text: string) => void,
  everydayFamily: (line: L) => string,
  judge: (line: L, marks: Match[], shown: string) => void,
): void {
  for (const line of lines) {
    const marks = matcher.match(line.text);
    const shown = shownMarks(line.text, marks);
    if (isLines) console.log(`${line.text}\t${shown}`);
    if (!isEveryday) judge(line, marks, shown);
    else if (marks.length > 0) fail(everydayFamily(line), `${line.text}\t${shown}`);
  }
}

/**
 * The families of a grid's failures, the most frequent first, each with up to `count` of its lines
 * (none under `--lines`, which listed them all already). An empty sample is a count only.
 */
export function printFamilies({ failures, samples }: ReturnType<typeof failureTally>, count: number | undefined): void {
  for (const [family, n] of [...failures].sort((a, b) => b[1] - a[1])) {
    console.log(`${n}\t${family}`);
    for (const sample of samples.get(family)!.filter(Boolean).slice(0, count)) console.log(`\t\t${sample}`);
  }
}

/** The failures summed by kind (the family's words before ':' or ' ('), on one line: "unmarked 12, red 3". */
function printKinds({ failures }: ReturnType<typeof failureTally>, skip: (family: string) => boolean = () => false) {
  const byKind = new Map<string, number>();
  for (const [family, count] of failures) {
    if (skip(family)) continue;
    const kind = family.split(':')[0]!.split(' (')[0]!;
    byKind.set(kind, (byKind.get(kind) ?? 0) + count);
  }
  console.log([...byKind].map(([k, n]) => `${k} ${n}`).join(', '));
}

/** The number of failures a tally counted. */
export const failureCount = ({ failures }: ReturnType<typeof failureTally>): number =>
  [...failures.values()].reduce((a, b) => a + b, 0);

/**
 * A grid of generated lines with its options (`--lines`, `--everyday`), its tally and the bundled
 * matcher (or `matcher`): what each grid script sets up the same way. `judge` runs the lines
 * (`judgeLines`); the printers list the tally.
 */
export function createLineGrid(argv: readonly string[], matcher: Matcher = bundledMatcher()) {
  const flags = gridFlags(argv);
  const tally = failureTally();
  return {
    ...flags,
    fail: tally.fail,
    failures: tally.failures,
    judge<L extends { text: string }>(
      lines: readonly L[],
      everydayFamily: (line: L) => string,
      judge: (line: L, marks: Match[], shown: string) => void,
    ) {
      judgeLines(lines, matcher, flags, tally.fail, everydayFamily, judge);
    },
    /** "N lines, M failures", after a blank line. */
    printTotal(lineCount: number, failures = failureCount(tally)) {
      console.log(`\n${lineCount} lines, ${failures} failures`);
    },
    printKinds: (skip?: (family: string) => boolean) => printKinds(tally, skip),
    printFamilies: (count: number | undefined) => printFamilies(tally, count),
  };
}
