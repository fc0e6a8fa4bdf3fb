import { describe, expect, it } from 'vitest';
import { cutsOf, lastIndexNear, MAX_SENTENCE, stopAfter } from '../../../src/matcher/long-sentence.ts';
import type { Match } from '../../../src/matcher/matcher.ts';
import { sentencesOf } from '../../../src/matcher/sentences.ts';
import { bundledMatcher } from '../../support/engine-harness.ts';

const words = (count: number) => Array.from({ length: count }, (_, k) => `word${k % 10}`).join(' ');

describe('cutsOf', () => {
  it('cuts no sentence up to the cap', () => {
    const text = 'x'.repeat(MAX_SENTENCE);
    expect(cutsOf(text, 0, text.length, [])).toEqual([]);
  });

  it.each([
    ['words only: at the start of a word', words(400), ' '],
    ['after a comma in the second half', `${words(60)}, ${words(30)}, ${words(300)}`, ', '],
    ['after a semicolon', `${words(60)}; ${words(300)}`, '; '],
  ])('cuts a long run %s, into pieces no longer than the cap', (_, text, mark) => {
    const cuts = cutsOf(text, 0, text.length, []);
    const ends = [0, ...cuts, text.length];
    for (let k = 1; k < ends.length; k++) expect(ends[k]! - ends[k - 1]!).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(text.slice(cuts[0]! - mark.length, cuts[0]!)).toBe(mark);
  });

  it('cuts at the clause mark nearest the cap, not at one in the first half', () => {
    const text = `${words(5)}, ${words(60)}, ${words(300)}`;
    expect(cutsOf(text, 0, text.length, [])[0]).toBe(text.indexOf(', ', 40) + 2);
  });

  it('cuts no form in two: "blood clot" stays whole', () => {
    const lead = 'a'.repeat(MAX_SENTENCE - 6);
    const text = `${lead} blood clot ${words(100)}`;
    const start = text.indexOf('blood');
    const cuts = cutsOf(text, 0, text.length, [{ start, end: start + 'blood clot'.length }]);
    expect(cuts[0]).toBe(start);
  });

  it('cuts a run with no space at the cap', () => {
    const text = 'x'.repeat(3 * MAX_SENTENCE);
    expect(cutsOf(text, 0, text.length, [])).toEqual([MAX_SENTENCE, 2 * MAX_SENTENCE]);
  });
});

describe('lastIndexNear and stopAfter', () => {
  it.each([
    ['a stop within the reach', `${words(20)}. ${words(20)}`, 'near'],
    ['no stop at all, from the block start', words(20), 'start'],
    ['a stop beyond the reach', `${words(10)}. ${words(200)}`, 'reach'],
  ])('%s', (_, text, expected) => {
    const at = text.length - 3;
    const found = lastIndexNear(text, '. ', at);
    const want = { near: text.lastIndexOf('. ', at), start: -1, reach: at - MAX_SENTENCE - 1 }[expected];
    expect(found).toBe(want);
  });

  it.each([
    ['a stop within the reach', `${words(20)}. ${words(20)}`, (text: string) => text.indexOf('. ')],
    ['no stop: the text end', words(20), (text: string) => text.length],
    ['a stop beyond the reach: the reach', `${words(200)}. ${words(20)}`, () => MAX_SENTENCE],
  ])('stopAfter: %s', (_, text, want) => {
    expect(stopAfter(text, 0, /[.?!](?:\s|$)/)).toBe(want(text));
  });
});

/** The marks inside `[from, to)` of `text`, as `offset:form:entry` (`!` red) from `from`. */
const marksIn = (text: string, marks: readonly Match[], from: number, to: number) =>
  marks
    .filter((mark) => mark.start >= from && mark.end <= to)
    .map(
      (mark) => `${mark.start - from}:${text.slice(mark.start, mark.end)}:${mark.entryId}${mark.isUrgent ? '!' : ''}`,
    );

describe('a long block with no sentence end', () => {
  // The same phrase again and again (a pasted log, a comment typed without stops): each copy has
  // the same words around its forms as in a short block of three copies, and gets its marks, every
  // copy that the block reads within one sentence (one cut in pieces of MAX_SENTENCE: long-sentence.ts).
  it.each(
    [
      'my left calf felt tight after the long run on sunday and the swelling came back by the evening',
      'woke up with a cramp in my calf again and the back of my knee is still tender to touch',
      'the doctor said the swelling and redness in my calf could be a blood clot so I went to urgent care',
      'the pound stayed weak against the dollar all week and the tender offer closed on friday',
      'the steak was tender and the sauce was warm and a bit red from the wine',
      'we drove a long stretch of road to the coast and the kids were numb with boredom',
    ].flatMap((phrase) => [', ', '\n', ' '].map((separator) => [phrase, separator])),
  )('gets the marks of its short pieces: %j joined with %j', (phrase, separator) => {
    const step = phrase.length + separator.length;
    const short = [phrase, phrase, phrase].join(separator);
    const expected = marksIn(short, bundledMatcher.match(short), step, step + phrase.length);
    const long = Array.from({ length: Math.ceil(40_000 / step) }, () => phrase).join(separator);
    const marks = bundledMatcher.match(long);
    const sentences = sentencesOf(long);
    let read = 0;
    for (let from = 0; from < long.length; from += step) {
      if (sentences.at(from)[1] < from + phrase.length) continue;
      read++;
      expect(marksIn(long, marks, from, from + phrase.length)).toEqual(expected);
    }
    // With no clause mark, a cut falls inside a copy now and then: most are read whole.
    expect(read).toBeGreaterThan((0.7 * long.length) / step);
  });
});
