// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The blow16 round (docs/sense.md "A blow's mark, a clot under treatment, a leg's signs denied").
describe("a clot named with its treatment or test is the card's, never red with no leg word (clot-care.ts)", () => {
  it.each<[string, string[]]>([
    ['They put him on blood thinners and will scan the clot again in a month.', ['clot']],
    ['The clot was still there on the ultrasound, so another three months of tablets.', ['clot']],
    ['My INR dropped for a couple of weeks and the clot grew.', ['clot']],
    ['The d-dimer was high and the scan found a clot.', ['clot']],
    // Its course: a vein, the bloodstream, the lungs it travels to, an embolism (the nineteenth session).
    ['A clot can form in a deep vein when you sit still for hours.', ['clot']],
    ['If part of the clot breaks off and travels to the lungs, it can be deadly.', ['clot']],
    ['A clot that reaches the bloodstream of the lungs is called an embolism.', ['clot']],
    // A leg word makes it red, by the older rules.
    ['My calf is sore and the clot was still there on the ultrasound.', ['calf', 'clot!']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<string>([
    'Add the thinner to the paint slowly or it will form a clot.',
    'The security team will scan the crowd again before the clot at the gate clears.',
    'You absolute clot, you left the scanner on again!',
    "The cardiologist started heparin because the clot was in the heart's left chamber.",
    'He writes in the same vein, and his clot of a brother agrees.',
    'Miners followed the vein of gold until the clot of rock gave way.',
    'The clot of fans around the gate moved into the stadium.',
  ])('%s marks nothing', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
