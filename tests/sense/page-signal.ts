import type { Match, Matcher } from '../../src/matcher/matcher.ts';
import type { SenseScore } from './score-sense.ts';

/**
 * Which marks make a page's health signal (issue 11 §2, docs/sense.md "Page signal, measured"
 * and "Page signal, built"): `any` counts every mark the matcher makes without the signal (a strong form,
 * or a weak form its context anchored); `strong` only marks through a strong form.
 */
export type SignalCount = 'any' | 'strong';

/** Is `mark` made by a strong form? Such a form alone is marked anywhere; a weak one alone is not. */
const isStrongMark = (matcher: Matcher, text: string, mark: Match) =>
  matcher
    .match(text.slice(mark.start, mark.end))
    .some((alone) => alone.entryId === mark.entryId && alone.start === 0 && alone.end === mark.end - mark.start);

/**
 * The distinct entries a page's blocks mark without the signal, counted as `count` says: one entry
 * repeated counts once, so a page that says "calf" ten times is not a health page by that.
 */
export function signalEntries(matcher: Matcher, blocks: readonly string[], count: SignalCount): Set<string> {
  const entries = new Set<string>();
  for (const block of blocks)
    for (const mark of matcher.match(block))
      if (count === 'any' || isStrongMark(matcher, block, mark)) entries.add(mark.entryId);
  return entries;
}

/** The options `--page-signal N [--signal-strong]` of the sense tools: `undefined` without them. */
export function signalOption(argv: readonly string[]): { min: number; count: SignalCount } | undefined {
  const at = argv.indexOf('--page-signal');
  if (at === -1) return undefined;
  const min = Number(argv[at + 1]);
  if (!Number.isInteger(min) || min < 1) throw new Error('--page-signal takes a whole number of entries');
  return { min, count: argv.includes('--signal-strong') ? 'strong' : 'any' };
}

/** Two scores of disjoint sentences as one (pages with the signal and pages without). */
export const addScores = (a: SenseScore, b: SenseScore): SenseScore => ({
  sentences: a.sentences + b.sentences,
  marks: a.marks + b.marks,
  rightMarks: a.rightMarks + b.rightMarks,
  forumExpected: a.forumExpected + b.forumExpected,
  forumFound: a.forumFound + b.forumFound,
  redMarks: a.redMarks + b.redMarks,
  falseRed: a.falseRed + b.falseRed,
  redExpected: a.redExpected + b.redExpected,
  redFound: a.redFound + b.redFound,
  misses: [...a.misses, ...b.misses],
});
