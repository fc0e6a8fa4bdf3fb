import { describe, expect, it } from 'vitest';
import { NO_ANCHOR_WORDS } from '../../../src/matcher/anchor-words.ts';
import { blockAnchoringOf } from '../../../src/matcher/block-anchoring.ts';
import { compileTries } from '../../../src/matcher/compile-matcher.ts';
import { formFinderOf } from '../../../src/matcher/form-finder.ts';
import { senseBlockOf } from '../../../src/matcher/sense-block.ts';
import { senseContextOf } from '../../../src/matcher/sense-context.ts';

/** A small pack of its own, so each test is seen apart from the bundled glossary's lists. */
const tries = compileTries(
  [
    { id: 'dvt', forms: ['DVT'], isUrgent: true },
    { id: 'calf', forms: [{ text: 'calf', sense: 'weak' }] },
    { id: 'tenderness', forms: [{ text: 'tender', sense: 'weak' }], isUrgent: true, isSymptom: true },
    { id: 'redness', forms: [{ text: 'red', sense: 'paired' }], isUrgent: true, isSymptom: true },
    { id: 'ankle', forms: [{ text: 'ankle', sense: 'relaxed' }] },
  ],
  { ...NO_ANCHOR_WORDS, lowerLimb: ['leg'], body: ['muscle'], framed: ['calf'], framesBefore: ['my'] },
);
const findForms = formFinderOf(tries);

/** What the block holds that may anchor, on a page that is medical or not. */
const anchoring = (text: string, isHealthPage: boolean) => {
  const { raw, negatives } = findForms(text);
  return blockAnchoringOf(senseBlockOf(text, raw, negatives, senseContextOf(tries, { isHealthPage })));
};

describe('what a block holds that may anchor its weak forms', () => {
  it.each<[string, string, boolean, string]>([
    ['a strong form', 'Rule out DVT, then the tender spot.', false, 'own'],
    ['a lower-limb word', 'My leg is tender.', false, 'own'],
    ['a frame', 'My calf is tender.', false, 'own'],
    ['no anchor: nothing', 'The tender closes Friday.', false, 'none'],
    ['…nor two paired or weak forms', 'A red calf on the farm.', false, 'none'],
    ['a bare part said to do what a body part does', 'The calf completely froze up.', false, 'self'],
    ['the writer\'s leg without "my"', 'I rolled the ankle on Sunday.', false, 'cared leg, self'],
    ['a relaxed form, on a page that is medical', 'The ankle.', true, 'own'],
    ['…not on another page', 'The ankle.', false, 'none'],
  ])('%s: %j', (_, text, isHealthPage, expected) => {
    const { hasOwn, hasCaredLeg, maySelfAnchor } = anchoring(text, isHealthPage);
    const said = [hasOwn && 'own', hasCaredLeg && 'cared leg', maySelfAnchor && 'self'].filter(Boolean);
    expect(said.join(', ') || 'none').toBe(expected);
  });
});
