// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hasKinFrame, kinFrameSpans } from '../../../src/matcher/kin-frame.ts';
import { MAX_SENTENCE } from '../../../src/matcher/long-sentence.ts';
import { bundledMatcher as matcher } from '../../support/engine-harness.ts';

/** The marks of the block `text` after the blocks `earlier` (none if undefined), each red one with a "!". */
const marksOf = (text: string, earlier?: string) =>
  matcher
    .match(text, undefined, earlier === undefined ? undefined : () => earlier)
    .map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);

// The kin17 round (issue 11): a relative the post opens a sentence with, and an injury or its care
// said there, frame the relative's part as "my" frames the writer's (kin-frame.ts).
describe("a relative's part framed (kin-frame.ts)", () => {
  it.each<[string, string[]]>([
    ['My son had his ankle put in a cast six weeks ago.', ['his ankle']],
    ['Hubby had a fall and landed badly on his knee.', ['his knee']],
    ['Our eldest daughter fell over at school and landed awkwardly on her left ankle.', ['her left ankle']],
    ['My dad was told there was a clot in his leg.', ['his leg']],
    // No relative opening the sentence, or no event of an injury or its care.
    ['The striker had a fall and landed on his knee.', []],
    ['Smith had his ankle put in a cast.', []],
    ['My son bounced his baby sister on his knee.', []],
    ['My daughter fell asleep with her head on her knees.', []],
    ["My son broke his brother's toy on his knee.", []],
    ['My husband broke the leg of his chair and fell on his knee.', []],
    ['My mum had a fall and tore her tights at the knee.', []],
  ])('%s frames %j', (text, expected) => {
    const spans = kinFrameSpans(text, 0, text.length);
    const framed = spans.filter((_, k) => k % 2 === 0).map((start, k) => text.slice(start, spans[2 * k + 1]));
    expect(framed).toEqual(expected);
    expect(hasKinFrame(text)).toBe(expected.length > 0);
  });
});

describe("a post's later paragraphs take a relative's leg as they take the writer's (earlier-blocks.ts)", () => {
  it.each<[string, string, string[]]>([
    ['My son had his ankle put in a cast six weeks ago.', 'The swelling has gone down a lot.', ['swelling']],
    ['Hubby had a fall and landed badly on his knee.', 'Ice helped the swelling.', ['swelling']],
    ['My boyfriend had surgery on his knee in May.', 'It still swells up when he walks on it.', ['swells']],
    ['Hubby tore his Achilles at five-a-side.', 'Is it tendonitis?', ['tendonitis']],
    ['My son broke his ankle on the stairs.', "There's a lump that wasn't there before.", ['lump']],
    // Never red from another block.
    ['My dad was told there was a clot in his leg.', 'It is swollen and hot.', ['swollen', 'hot']],
  ])('%s / %s', (earlier, text, marks) => {
    expect(marksOf(text)).toEqual([]);
    expect(marksOf(text, earlier)).toEqual(marks);
  });

  it.each<[string, string]>([
    ['My son broke his phone screen on the stairs.', 'The swelling of the river has gone down.'],
    ["My husband's car has a dent in the wing.", "There's a lump in the gravy that wasn't there before."],
    ['The striker had a fall and landed on his knee.', 'The swelling has gone down.'],
    ['Smith twisted his ankle in the first half.', "The team's weakness in defence was plain to see."],
    ['The patient in the study had surgery on his knee.', 'Is it tendonitis?'],
    ['My son bounced his baby sister on his knee.', 'The swelling crowd made it slow.'],
  ])('%s / %s marks nothing', (earlier, text) => {
    expect(marksOf(text, earlier)).toEqual([]);
  });
});

// A run with no sentence end is read at most MAX_SENTENCE characters either side of a part, as
// sentences.ts cuts it: a block of many parts and no stop costs its length, not its length per part.
describe("a relative's part is read within a sentence's cap (kin-frame.ts)", () => {
  const far = 'and then '.repeat(Math.ceil(MAX_SENTENCE / 9) + 1);
  it.each<[string, boolean]>([
    [`My son had a fall ${'and then '.repeat(5)}hurt his knee`, true],
    [`My son had a fall ${far}hurt his knee`, false],
    [`My son hurt his knee ${far}`, true],
  ])('%s', (text, isFramed) => {
    expect(hasKinFrame(text)).toBe(isFramed);
  });
});

// sentence-frames.ts asks one sentence of a block at a time: only the parts inside it are read.
describe("a relative's parts within a sentence of the block (kin-frame.ts)", () => {
  const first = 'My son broke his ankle on the stairs. ';
  const second = 'My dad hurt his knee at work.';
  const text = `${first}${second}\nMy gran fell over on her knee.`;
  it.each<[number, number, string[]]>([
    [0, first.length, ['his ankle']],
    [first.length, first.length + second.length, ['his knee']],
    [first.length + second.length + 1, text.length, ['her knee']],
  ])('from %i to %i', (from, to, parts) => {
    const spans = kinFrameSpans(text, from, to);
    expect(spans.flatMap((start, k) => (k % 2 === 0 ? [text.slice(start, spans[k + 1])] : []))).toEqual(parts);
  });
});
