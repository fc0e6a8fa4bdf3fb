// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The tissue17 round: a bare "tendonitis" after a word that names another tendon or place, or
// placed in another part, is not the Achilles card's (other-tendonitis.ts).
describe('another tendon’s tendonitis gets no Achilles card', () => {
  it.each<[string, string[]]>([
    ['Runners with patella tendonitis should cut their mileage, says the physio.', []],
    ['Tibialis posterior tendinitis can flatten the arch of the foot over time.', []],
    ['Hip flexor tendonitis hurts at the front of the hip when you climb stairs.', []],
    ['My calf is fine now but the thumb tendonitis from gaming is back.', ['calf']],
    ['He had tendonitis of the kneecap after a season of jumping.', []],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['My Achilles is sore again; the physio says it is insertional tendonitis.', ['Achilles', 'tendonitis']],
    ['My heel tendonitis gets worse on the stairs.', ['tendonitis']],
    ['Sore Achilles after hills, textbook tendonitis I reckon.', ['Achilles', 'tendonitis']],
    ['My Achilles has been aching for weeks and the doctor thinks it is tendonitis.', ['Achilles', 'tendonitis']],
    ['Heel pain in runners is often tendonitis of the Achilles.', ['tendonitis', 'Achilles']],
  ])('%s keeps %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
