import { describe, expect, it } from 'vitest';
import calfMuscle from '../../../glossary/calf-muscle.json';
import type { GlossaryPack } from '../../../src/glossary/schema.ts';
import { compileMatcher } from '../../../src/matcher/compile-matcher.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../../src/matcher/entries-from-packs.ts';

const pack = calfMuscle as unknown as GlossaryPack;
const matcher = compileMatcher(entriesFromPacks([pack]), anchorWordsFromPacks([pack]));

describe('matcherFromTries', () => {
  // A short block's section answer reads its heading with the block's anchor finder, in the middle
  // of the block's rules (run-matcher.ts): the sentences read before it keep the anchors they saw.
  it.each([
    ['My left calf is sore. Swelling. Warm to the touch.', true],
    ['Redness and swelling. My shin is tender. Warm to the touch.', true],
    ['My IBS has been bad this week. Cramps after every meal and no sleep.', false],
    ['Keep the sauce warm over a low heat. Redness and swelling of the eyelid after a bee sting.', false],
  ])('"%s": a section answer (%s) that reads a heading marks as one that reads nothing', (text, answer) => {
    let isAsked = false;
    const plain = matcher.match(text, () => ((isAsked = true), answer));
    const reading = matcher.match(text, () => (matcher.isSectionAnchor('Symptoms of a blood clot in the leg'), answer));
    expect(isAsked).toBe(true);
    expect(reading).toEqual(plain);
  });
});
