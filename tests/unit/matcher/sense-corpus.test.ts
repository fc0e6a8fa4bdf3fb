// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../src/glossary/bundled-packs.ts';
import { compileMatcher } from '../../../src/matcher/compile-matcher.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../../src/matcher/entries-from-packs.ts';
import { readCorpus, type LabelledSentence } from '../../sense/read-corpus.ts';
import { KNOWN_LIMITS } from '../../sense/known-limits.ts';

const matcher = compileMatcher(entriesFromPacks(BUNDLED_PACKS), anchorWordsFromPacks(BUNDLED_PACKS));
const corpus = readCorpus();
const isKnownLimit = (text: string) => KNOWN_LIMITS.has(text);

/** `text→entry` with `!` for red, the way the corpus labels a mark. */
const describeMarks = (marks: { text: string; entry: string; isUrgent: boolean }[]) =>
  marks.map((mark) => `${mark.text}→${mark.entry}${mark.isUrgent ? '!' : ''}`);

describe('the labelled sense corpus (tests/sense/corpus)', () => {
  it('holds at least 300 sentences of each kind together', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(new Set(corpus.map((sentence) => sentence.kind))).toEqual(new Set(['everyday', 'forum', 'other-medical']));
  });

  const where = (sentence: LabelledSentence) => [`${sentence.file}:${sentence.line}`, sentence] as const;
  // A line under a heading (`=== heading === `, read-corpus.ts) is read as the page reads a post under its title.
  const expectLabelled = (_where: string, { text, marks, heading }: LabelledSentence) => {
    const title = heading === undefined ? undefined : () => heading;
    const found = matcher.match(text, undefined, undefined, title).map((match) => ({
      text: text.slice(match.start, match.end),
      entry: match.entryId.replace(/^[^/]+\//, ''),
      isUrgent: match.isUrgent,
    }));
    expect(describeMarks(found)).toEqual(describeMarks(marks));
  };

  it.each(corpus.filter(({ text }) => !isKnownLimit(text)).map(where))(
    '%s gets exactly its labelled marks and colours',
    expectLabelled,
  );

  it.fails.each(corpus.filter(({ text }) => isKnownLimit(text)).map(where))(
    '%s is a known limit: its marks still differ from its labels',
    expectLabelled,
  );

  it('lists only known limits that are in the corpus', () => {
    expect([...KNOWN_LIMITS.keys()].filter((text) => !corpus.some((sentence) => sentence.text === text))).toEqual([]);
  });
});

describe('a page that declares itself medical', () => {
  const relaxed = compileMatcher(entriesFromPacks(BUNDLED_PACKS), anchorWordsFromPacks(BUNDLED_PACKS), {
    isHealthPage: true,
  });
  const marks = (text: string, m = relaxed) => m.match(text).map((match) => text.slice(match.start, match.end));

  it.each([
    ['Gentle stretching and a warm-up help.', ['stretching', 'warm-up']],
    ['Stay hydrated on long walks.', ['hydrated']],
    // The most ambiguous forms still need an anchor there: wellness pages use them in other senses.
    ['The warmth of a cup of tea feels good.', []],
    ['Chicken thighs stay tender if you brine them.', []],
    ['The swelling of the river delayed the walk.', []],
    // Negative contexts still apply.
    ['Stretch goals and the home stretch of the year.', []],
    // Page-signal round (docs/sense.md): a vein or skin that stretches is no stretching, and "clot"
    // is a plain weak form, so a health page's clotting of a cut, a bruise or a period is not marked.
    ['Damaged valves cause the veins to stretch, twist and enlarge.', []],
    ['As the bump grows, the skin stretches and itches.', []],
    ['Heavy periods with large clots should be checked.', []],
    ['The blood forms a clot to seal the cut.', []],
    ['Menstrual clots are common in the first days.', []],
    // …while the same words in their card's sense are still marked there.
    ['Stretch your neck gently each morning.', ['Stretch']],
    ['The clot was in my calf.', ['clot', 'calf']],
    ['Calf stretches help, and the veins in my legs ache less.', ['Calf stretches']],
  ])('%s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it('marks none of them on other pages', () => {
    expect(marks('Gentle stretching and a warm-up help.', matcher)).toEqual([]);
  });
});
