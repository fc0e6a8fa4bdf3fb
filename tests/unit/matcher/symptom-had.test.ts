// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';
import { mayBeHad } from '../../../src/matcher/symptom-had.ts';

describe('a symptom a person has, gets or notices anchors itself, in the normal colour (symptom-had.ts)', () => {
  it.each<[string, string[]]>([
    ['But yesterday I noticed swelling, no idea why.', ['swelling']],
    ['I first started having swelling about a year after the surgery.', ['swelling']],
    ["I've had swelling on and off since the op.", ['swelling']],
    ['You can develop swelling after a long flight.', ['swelling']],
    ['We noticed some bruising after the fall.', ['bruising']],
    ['Then I started noticing the same numbness every time I drove.', ['numbness']],
    ['I still get numbness if I sit in the car too long.', ['numbness']],
    ['Patients often notice tingling as the nerve wakes up.', ['tingling']],
    ['When I began experiencing pins and needles I thought it was my shoes.', ['pins and needles']],
    ['I get pins and needles whenever I sit on the floor.', ['pins and needles']],
    // A leg in the sentence makes it red, by the rules that were there before.
    ['I noticed swelling in my left calf after the flight.', ['swelling!', 'calf']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('a feeling, a crowd, a river or a fruit had or noticed stays unmarked', () => {
  it.each<string>([
    // Numbness had or experienced is grief's and trauma's as often; tingling experienced is music's.
    'After the funeral I had numbness for weeks.',
    'After trauma, people often experience numbness and detachment.',
    'Many listeners experience tingling when the music builds.',
    'We had pins and needles until the results came out.',
    // What the feeling is about or with.
    'You get numbness to criticism after years in politics.',
    'I noticed tingling with excitement as the curtain rose.',
    // An adjective, not a noun.
    'We noticed swelling numbers at the gate.',
    'She developed swelling ambitions after the promotion.',
    'The team got bruising reviews after the loss.',
    // Where or of what: another thing's.
    'I noticed swelling in the river after the storm.',
    "I've noticed bruising on the bananas lately.",
    'I noticed some swelling of the dough after an hour.',
    // A plant's, a fruit's (symptom-pair.ts, isOfNature).
    "I noticed swelling on my houseplant's stem after I overwatered it.",
    'We noticed bruising on our apples after the storm.',
    // No person: "the swelling" alone, and an article before the form.
    'They developed a numbness to the headlines.',
    // Not the most ambiguous forms.
    'I have tenderness for that old dog.',
    'We noticed weakness in the pound.',
    // Another region (other-region.ts).
    'I get numbness in my hands at night.',
  ])('%s marks nothing', (text) => {
    expect(marks(text)).toEqual([]);
  });
});

describe('mayBeHad: a block with a verb of having or noticing before such a word is read for it', () => {
  it.each<[string, boolean]>([
    ['I noticed swelling.', true],
    ['We have had some bruising.', true],
    ['I get pins and needles.', true],
    ['The swelling went down.', false],
    ['A tender steak.', false],
  ])('%s → %s', (text, expected) => {
    expect(mayBeHad(text)).toBe(expected);
  });
});
