// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { AnchorFinder } from '../../../src/matcher/anchor-finder.ts';
import { anchorPhrasesOf } from '../../../src/matcher/anchor-patterns.ts';
import { NO_ANCHOR_WORDS } from '../../../src/matcher/anchor-words.ts';
import { anchorTrieOf } from '../../../src/matcher/anchor-tries.ts';

/** Small word lists of their own, so each frame is seen apart from the bundled glossary's lists. */
const finder = new AnchorFinder(
  anchorTrieOf(
    anchorPhrasesOf({
      ...NO_ANCHOR_WORDS,
      lowerLimb: ['shin', 'his calf'],
      framed: ['calf', 'leg'],
      framesBefore: ['my'],
      framesAfter: ['pain', 'hurts', 'hurt', 'is swollen', 'is tender'],
      paired: ['red', 'hot'],
    }),
  ),
);

function frames(text: string): string[] {
  finder.read(text);
  const spans = finder.spans('frame', finder.words(0, text.length), []);
  return spans.flatMap((start, k) => (k % 2 === 0 ? [text.slice(start, spans[k + 1])] : []));
}

describe('body frames', () => {
  it.each<[string, string, string[]]>([
    ['a frame word before', 'my calf hurts', ['my calf']],
    ['a frame word after', 'calf pain again', ['calf pain']],
    // Sixth batch: a word of time between.
    ['a frame word after a word of time', 'the calf still hurts', ['calf still hurts']],
    ['a state after "is"', 'the calf is swollen', ['calf is swollen']],
    // Sixth batch: other verbs of being and a word of degree before a state.
    ['a state after "have been"', 'her legs have been swollen for weeks', ['legs have been swollen']],
    ['a state after a word of degree', 'his legs are so swollen', ['legs are so swollen']],
    ['a state after "get really"', 'the legs get really tender', ['legs get really tender']],
    // Sixth batch: two or three symptoms listed before a framed word.
    ['a list of three symptoms', 'Hot, red and tender calf = go to A&E', ['Hot, red and tender calf']],
    ['a list of two symptoms', 'a red and swollen leg', ['red and swollen leg']],
    ['one symptom alone is no frame', 'a tender calf nuzzled its mother', []],
    ['colours alone are no list', 'hot and red leg warmers', []],
    ['a list with another word is no frame', 'a red and white leg warmer', []],
    // Sixth batch: a lower-limb phrase that ends in a framed word frames it.
    ['a lower-limb phrase ending in a framed word', 'cramp in his calves', ['his calves']],
    ['a pronoun the lists do not name frames nothing', 'cramp in their calves', []],
    ['a verb that is no state frames nothing', 'the calf has been weaned', []],
    // Seventeenth batch: a state after a verb of becoming ("call them if the calf becomes red, swollen or tender").
    ['a state after "becomes"', 'if the calf becomes swollen', ['calf becomes swollen']],
    ['a state after "became" and a list', 'the leg became red and tender', ['leg became red and tender']],
    ['"becomes" before no state frames nothing', 'the calf becomes a heifer', []],
    // Eighteenth batch: a state said through "that" or "which", after a word of how often or how
    // soon, and at the end of a list of three.
    ['a state after "that are"', 'legs that are red and swollen', ['legs that are red and swollen']],
    ['a comma before "which" is no gap of a frame', 'the calf, which was swollen', []],
    ['a state after "which was" with no comma', 'a calf which was swollen', ['calf which was swollen']],
    ['a state after "suddenly"', 'the leg is suddenly swollen', ['leg is suddenly swollen']],
    ['a state after a list of two', 'the leg is hot, red and tender', ['leg is hot, red and tender']],
    ['"that" before no state frames nothing', 'the leg that was the longest', []],
    ['a list of three that is no state frames nothing', 'the leg was long, flat and dull', []],
    // Issue 11 frames round: a modal verb or "to", with a word of time or not, before what a part does or is.
    ['a frame word after a modal verb', 'the calf might hurt', ['calf might hurt']],
    ['a frame word after a modal verb and a word of time', 'the leg can suddenly hurt', ['leg can suddenly hurt']],
    ['a frame word after "to"', 'causes the legs to hurt', ['legs to hurt']],
    ['a state after "may become"', 'the leg may become swollen', ['leg may become swollen']],
    ['a modal verb before no frame word frames nothing', 'the calf might win', []],
  ])('%s: %s', (_why, text, expected) => {
    expect(frames(text)).toEqual(expected);
  });
});

describe('a list of symptoms without states', () => {
  // "At least one of them a state": lists with no "is …" frame after give no list of symptoms a
  // frame. The expressions before the finder differed here: their alternative of no states matched
  // the empty string, so ", hot calf" was a frame (tests/support/anchor-expressions.ts). No pack
  // bundled has paired forms without states.
  it('frames nothing', () => {
    const words = { ...NO_ANCHOR_WORDS, framed: ['calf'], paired: ['red', 'hot'] };
    const finder = new AnchorFinder(anchorTrieOf(anchorPhrasesOf(words)));
    const text = 'a red, hot calf and red and hot calf';
    finder.read(text);
    expect(finder.spans('frame', finder.words(0, text.length), [])).toEqual([]);
  });
});
