// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The falsered15 round: "it" takes red from the sentence right before only where that sentence
// names the leg and no other region (sentence-before.ts; issue 11: when in doubt, normal colour).
describe('a form said of "it" takes the sentence before (sentence-before.ts)', () => {
  it.each<[string, string[]]>([
    ['I jammed my left knee in the fall. It was swollen for days.', ['knee', 'swollen!']],
    ['I jammed my left knee and my right wrist in the fall. It was swollen for days.', ['knee', 'swollen']],
    ['I twisted my right ankle and hurt my left hand. It is swollen and hot.', ['ankle', 'swollen', 'hot']],
    // The leg in the form's own sentence keeps its red.
    [
      'I jammed my left knee and my right wrist in the fall, and the knee was swollen for days after.',
      ['knee', 'knee', 'swollen!'],
    ],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
