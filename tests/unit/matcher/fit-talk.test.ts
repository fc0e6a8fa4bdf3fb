// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

describe('a fitting guide, a walk, a farm, a healing clot, a womb and arthritis take no leg card (the general-web round)', () => {
  it.each<[string, string[]]>([
    // fit-talk.ts: a contrast of the worn subject, a shoe's place, "the tightness" after a boot, a tightness wanted, a garment's give.
    ['A hiking boot should hug your heel when you lace it, but not too tight.', []],
    ['Tight at the Toe Box', []],
    ['Lace the boot from the bottom up. The tightness should be even over the instep.', []],
    ['Take in the seam to your desired tightness.', []],
    ['Pick jeans with a little stretch in them.', []],
    ['I tried the slim jeans on. They were far too tight in the thighs.', []],
    // legs-outing.ts: the idiom, with an outing after the legs.
    ['The path is ideal for stretching your legs on a long walk.', []],
    // farm-calf.ts: the calf's housing makes a farm.
    ['Scrub the troughs in the calf pens. Calves drink more in summer.', []],
    // clot-place.ts: a clot knocked from a wound.
    ['A clot knocked loose from the wound can start the bleeding again.', []],
    // other-region.ts and the pack: the womb's cramps and spasms "inside you".
    ['A warm pad relaxes the uterus and can ease your cramps.', []],
    ['Ginger tea may settle the spasms inside you.', []],
    // joint-stiffness.ts: arthritis's stiffness, a list ending "over" the joints.
    ['Arthritis of the fingers brings pain, stiffness, and swelling over the knuckles.', []],
    // Kept: the person's tight calf, the stretch before bed, a leg's clot, a runner's cramps, a calf's stiffness.
    ['The boots were fine. The tightness in my calves came on during the climb.', ['tightness', 'calves']],
    ['Tight in my calves after the hill session.', ['Tight', 'calves']],
    ['My legs felt heavy all day. They were tight in the hamstrings.', ['tight']],
    ['Wore the new boots all day. It was so tight in my calves by the end.', ['tight', 'calves']],
    ['Stretching your legs after a long walk keeps the calves loose.', ['Stretching', 'calves']],
    ['Got cramps in both calves at mile twenty.', ['cramps', 'calves']],
    ['Arthritis in my knee, and stiffness in my calf muscles as well.', ['knee', 'stiffness', 'calf muscles']],
  ])('%s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // A clot that will form as healing does, no place named: the normal colour; the leg's stays red.
    ['First day: a blood clot will form.', ['blood clot']],
    ['If you sit still for hours, blood clots will form in your legs.', ['blood clots!']],
  ])('%s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
