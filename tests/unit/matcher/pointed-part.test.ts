// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isPointedPart } from '../../../src/matcher/pointed-part.ts';
import { bundledMatcher as matcher } from '../../support/engine-harness.ts';

/** The last part word of `sentence`, as the matcher would have found it. */
const partIn = (sentence: string) => {
  const found = [...sentence.matchAll(/\b(?:calf|calves|knees?|ankles?|achill(?:es|ies))\b/gi)].at(-1)!;
  return { start: found.index, end: found.index + found[0].length, entryId: 'p/part', sense: 'relaxed' as const };
};

/** The marks of the block `text` after the blocks `earlier`, each red one with a "!". */
const marksOf = (text: string, earlier: string) =>
  matcher
    .match(text, undefined, () => earlier)
    .map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);

// Probes written for the rule (issue 11, pointback round), in our own words.
describe('a part of the leg pointed back to (pointed-part.ts)', () => {
  it.each<[string, boolean]>([
    ['That same calf went again on Sunday.', true],
    ['This stubborn calf will be the end of me.', true],
    ['Now the same calf is niggling again.', true],
    ['The injured calf still will not let me hop.', true],
    ['That calf of mine is playing up again.', true],
    ['The same old knee, the same old story.', true],
    // "the other", a bare "this", a part that is gear, clothes or a thing's.
    ['The other calf was sold at the mart.', false],
    ['This calf is for sale at the spring auction.', false],
    ['That same calf leather softens with use.', false],
    ['The same knee-length skirt comes in navy.', false],
    ['The bad knee of the old drainpipe cracked.', false],
    ['That same ankle chain turned up at the stall.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isPointedPart(sentence, partIn(sentence), [0, sentence.length])).toBe(expected);
  });
});

describe("a part pointed back to takes the writer's leg named lines before, never red", () => {
  it.each<[string, string, string[]]>([
    ['Tore my left calf on a hill rep in March.\nSix weeks off.', 'That same calf went again on Sunday.', ['calf']],
    ['My right calf has been dodgy all winter.', 'This stubborn calf will be the end of my plans.', ['calf']],
    ['I rolled my left ankle in May.', 'The same ankle went again at the wedding.', ['ankle']],
  ])('%s / %s', (earlier, text, marks) => {
    expect(marksOf(text, earlier)).toEqual(marks);
  });

  it.each<[string, string]>([
    // No leg of the writer's before: a sale's, a farm's, another region nearer.
    ['We weaned the calves in October.', 'That same calf is now the biggest in the field.'],
    ['The auction opened at ten.', 'That same calf was sold for a good price.'],
    ['I hurt my back lifting bales on Saturday.', 'That same calf kicked me again on Monday.'],
    ['I hurt my left calf at training.\nThen I strained my wrist at the wall.', 'That same calf is fine now.'],
  ])('%s / %s stays unmarked', (earlier, text) => {
    expect(marksOf(text, earlier)).toEqual([]);
  });
});
