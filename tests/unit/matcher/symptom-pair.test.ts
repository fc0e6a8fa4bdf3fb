// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';
import { mayPairSymptoms } from '../../../src/matcher/symptom-pair.ts';

describe('a pair of symptoms medical in practice anchors itself, in the normal colour (symptom-pair.ts)', () => {
  it.each<[string, string[]]>([
    ['Numbness and tingling keep waking me up at night.', ['Numbness', 'tingling']],
    ['Been getting tingling or numbness since the surgery.', ['tingling', 'numbness']],
    ['Is numbness/tingling after a long ride normal?', ['numbness', 'tingling']],
    ['Pins and needles and numbness whenever I sit too long.', ['Pins and needles', 'numbness']],
    // "pain" is a symptom word, not a form: only the swelling is marked.
    ['Pain and swelling were worst on day three.', ['swelling']],
    ['Swelling and bruising usually fade within two weeks.', ['Swelling', 'bruising']],
    ['Bruising and swelling peaked around day two.', ['Bruising', 'swelling']],
    ['Redness and swelling around the incision, should I call?', ['Redness', 'swelling']],
    ['Tenderness and swelling have gone down this week.', ['Tenderness', 'swelling']],
    ['Tenderness and redness at the injection site.', ['Tenderness', 'redness']],
    // A paired form in the list keeps the company of the swelling.
    ['Swelling, warmth and redness are the things to watch.', ['Swelling', 'warmth', 'redness']],
    ['Pain and swelling in the first week are expected.', ['swelling']],
    ['Pain and swelling in the evening after a walk.', ['swelling']],
    ['Swelling and bruising of the affected area may last a month.', ['Swelling', 'bruising']],
    // A possessive before a place of the body; a person's place after "at" is not the sign's.
    ['Redness and swelling on my left shin since the fall.', ['Redness!', 'swelling!']],
    ['I keep getting pins and needles and numbness at my desk.', ['pins and needles', 'numbness']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('red only where a lower-limb word establishes the urgent sense', () => {
  it.each<[string, string[]]>([
    ['Numbness and tingling down my left leg since Tuesday.', ['Numbness!', 'tingling!']],
    ['Numbness and tingling after the operation.', ['Numbness', 'tingling']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('the same words in other senses stay unmarked', () => {
  it.each<string>([
    // Not a pair: a sunset's colours, a letter's feelings, single forms.
    'The warmth and redness of the sunset lit the bay.',
    'The tenderness and warmth of her letters moved the room.',
    'I felt numb to the news.',
    'We were on pins and needles waiting for the result.',
    // Adjectives, not nouns.
    'It was a bruising defeat, and the swelling debt made it worse.',
    'A tingling finish and a warmth that lingers.',
    'Bruising and swelling tides of fans pushed against the barriers.',
    // Whose trait it is, before it.
    'After the breakup there was only an emotional numbness and tingling.',
    "The club's pain and swelling wage bill worried the board.",
    // What or where it is, after it: another thing's.
    'The pain and swelling of the housing bubble hit buyers hardest.',
    'The pain and swelling of grief came in waves.',
    'The swelling and bruising of the mango skin means it is past its best.',
    'Redness and swelling in the sky warned the sailors.',
    'Swelling and bruising on the apples mean the crates were dropped.',
    // The same after a possessive (the sign17 counter-grid).
    'Tell the shop if you notice swelling in your dough.',
    'Redness and swelling on our tomatoes again this summer.',
    // Not a list: an article before each.
    'A numbness and a tingling spread through the audience.',
    // A plant's, the sea's, the sky's; a time before a noun it describes.
    'Redness and swelling on tomato leaves point to a fungus.',
    'The sea showed swelling and warmth all week, perfect for surfers.',
    'Swelling and redness in the evening sky usually means good weather.',
    // Another region of the body: the cards' signs are the leg's (other-region.ts).
    'Numbness and tingling in both hands is a sign of carpal tunnel.',
    'Swelling and bruising around the eye after a punch.',
  ])('%s marks nothing', (text) => {
    expect(marks(text)).toEqual([]);
  });
});

describe('mayPairSymptoms: a block that may hold a pair is read for it', () => {
  const raw = (text: string, ...words: string[]) =>
    words.map((word) => ({
      start: text.indexOf(word),
      end: text.indexOf(word) + word.length,
      entryId: 'p/x',
      sense: 'weak' as const,
    }));
  it.each<[string, string[], boolean]>([
    ['Numbness and tingling at night.', ['Numbness', 'tingling'], true],
    ['Pain and swelling.', ['swelling'], true],
    ['Swelling and stiffness.', ['Swelling'], false],
    ['Numbness only.', ['Numbness'], false],
    ['The tender steak.', ['tender'], false],
  ])('%s → %s', (text, words, expected) => {
    expect(mayPairSymptoms(text, raw(text, ...words))).toBe(expected);
  });
});
