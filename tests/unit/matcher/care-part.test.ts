import { describe, expect, it } from 'vitest';
import { isCaredPart } from '../../../src/matcher/care-part.ts';

/** The first part word of `sentence`, as the matcher would have found it. */
const partIn = (sentence: string) => {
  const found = /\b(?:calf|calves|knees?|ankles?|achilles)\b/i.exec(sentence)!;
  return { start: found.index, end: found.index + found[0].length, entryId: 'p/part', sense: 'relaxed' as const };
};

// Probes written for the rule (issue 11, jointcare round), in our own words.
describe('a bare part in a sentence that names care given to a body (care-part.ts)', () => {
  it.each<[string, boolean]>([
    ['Wrap the knee in cling film before you shower after the op.', true],
    ['They barely touched the knee during the arthroscopy.', true],
    ['Six weeks of partial weight on the operated knee.', true],
    ['Knee effusion again, drained twice.', true],
    ['Had a hinged brace on the knee for a month.', true],
    ['The MRI came back and the ankle has a bone bruise.', true],
    ['Still on crutches, so the ankle gets a lot of rest.', true],
    ['The surgeon wants the Achilles rested for six weeks.', true],
    ['Physiotherapy twice a week and the calf is firing again.', true],
    ['Ankle still weak after the sprain.', true],
    // A machine's lever, a vet's and a farm's calf, a roof's brace, clothes, a hero, money, a play.
    ['The knee lever is operated by hand.', false],
    ['The vet X-rayed the calf after the gate fell on it.', false],
    ['The calf was splinted after the fracture.', false],
    ["The calf's leg was X-rayed.", false],
    ['Brace the knee of the rafter before the cut.', false],
    ['The ankle-length dress has a fractured seam.', false],
    ['The knee boots came back from the repairer with new stitches.', false],
    ['Achilles was wounded and no surgeon could save him.', false],
    ['The cast of the play took a knee at the curtain call.', false],
    ['The statue was cast in bronze, the knee fractured in the move.', false],
    ['Scan the knee pads at the self-checkout.', false],
    ['Put a knee into the rehab of the old mill.', false],
    ['The opposition had to bend the knee after the rehab plan was thrown out.', false],
    ['The knee coil of the MRI scanner was replaced.', false],
    ['Designers cut the hem at the ankle, and the splint-like corset drew gasps.', false],
    ['After the op I can bend the knee to 90 degrees.', true],
    // Kept so or given a remedy (barepart15 round).
    ['Keep the knee dry when you shower.', true],
    ['Keep the ankle elevated on a couple of cushions.', true],
    ['Put a cold pack on the ankle for twenty minutes.', true],
    ['Rubbed some ibuprofen gel into the calf.', true],
    ['Keep the calf dry in its pen.', false],
    ['Keep the ankle dry and brush off the salt before you store them.', false],
    ['Keep the knee of the hose straight.', false],
    ['Put a heat pack on the calf in the shed after the birth.', false],
    ['Rub the cream into the calf and buff the boots.', false],
    ['A pillow on the knee rest of the pew.', false],
    ['Put an ice pack on the knee of the robot arm.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isCaredPart(sentence, partIn(sentence), [0, sentence.length])).toBe(expected);
  });
});
