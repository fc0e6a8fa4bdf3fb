// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The anatomy-and-care round (issue 11, docs/sense.md): the clinic's words for the leg's bones,
// joints and tendons are the pack's lower-limb words (`senseAnchors.lowerLimb`), so an urgent sign
// beside them is red as beside "shin"; the quadriceps is a body word (normal colour).
describe("the clinic's words for the leg anchor a sign beside them", () => {
  it.each<[string, string[]]>([
    ['Broke my calcaneus and the swelling comes back every evening.', ['swelling!']],
    ['Dislocated my patella and now there is swelling every evening.', ['swelling!']],
    ['Lots of bruising around the malleolus after I went over on it.', ['bruising']],
    ['Popliteal cyst, which explains the tightness when I squat.', ['tightness']],
    ['Fibular head is tender to press after the tackle.', ['tender!']],
    ['My quadriceps felt weak for months after the operation.', ['weak']],
    ['My quads are so tight after the marathon.', ['tight']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    // A meniscus is a liquid's in a lab: only "my meniscus", "meniscal" and the clinic's phrases anchor.
    ['Read the meniscus at eye level, since a warm solution gives a tight curve.', 'a liquid’s meniscus'],
    ['The talus slope below the cliff is loose, so keep your footing tight.', 'a scree slope'],
    ['The quads were parked by the dunes, their engines still hot, the tyres swollen with sand.', 'quad bikes'],
    // A lower-limb word does not make a plantar fascia's tightness a muscle's (joint-stiffness.ts).
    ['The plantar fascia feels so tight first thing in the morning.', 'the fascia’s tightness'],
  ])('%s marks nothing (%s)', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
