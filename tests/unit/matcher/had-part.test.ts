import { describe, expect, it } from 'vitest';
import { isHadPart, mayBeHadPart } from '../../../src/matcher/had-part.ts';

/** The first calf or knee form of `sentence`, as the matcher would have found it. */
const partIn = (sentence: string) => {
  const found = /\b(?:calf|calves|knees?)\b/i.exec(sentence)!;
  return { start: found.index, end: found.index + found[0].length, entryId: 'p/part', sense: 'weak' as const };
};

// Probes of the part16 round (issue 11), in our own words.
describe('a calf or a knee someone has, likens or sees a doctor for (had-part.ts)', () => {
  it.each<[string, boolean]>([
    ['I have a knee that clicks on stairs and aches when it rains.', true],
    ["I've got a calf that keeps cramping on long rides.", true],
    ['Got a knee that swells every time I play five-a-side.', true],
    ["He has knees like an old man's after thirty years of rugby.", true],
    ['Came home from the hill session with calves like rocks.', true],
    ['I felt like I had bricks for calves after the first 10k.', true],
    ["Six weeks of skipping and I've built calves of iron.", true],
    ["We were sent to a specialist in knees at the children's hospital.", true],
    ['His knee cap slipped out to the side during PE.', true],
    // A farm's calves, a thing's knee, a likening of no one's.
    ['I have a calf that keeps wandering off from the herd at dusk.', false],
    ["I've got a calf that won't take the teat, any tips from other farmers?", false],
    ['We have calves like rocks this year, the heaviest at the sale for a decade.', false],
    ['The calves like rocks to scratch on.', false],
    ['Calves like concrete floors less than straw, the study found.', false],
    ["The statue has knees like an old man's, bent and worn.", false],
    ['He has knees of a wooden puppet, jointed with brass pins.', false],
    ['A specialist in knee walls and loft conversions quoted us.', false],
    ['The knee cap on the tripod slipped and the camera tipped over.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isHadPart(sentence, partIn(sentence), [0, sentence.length])).toBe(expected);
  });
});

describe('may a block hold one, by the words right around the part (mayBeHadPart)', () => {
  it.each<[string, boolean]>([
    ['I have a knee that clicks.', true],
    ['a specialist in knees', true],
    ['The calf was born at dawn.', false],
  ])('%s → %s', (text, expected) => {
    expect(mayBeHadPart(text, partIn(text))).toBe(expected);
  });
});
