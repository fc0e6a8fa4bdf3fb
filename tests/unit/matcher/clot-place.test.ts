// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundledMatcher, marksOf as marks } from '../../support/engine-harness.ts';

describe('a clot tied to another place than a vein is not marked (clot-place.ts)', () => {
  it.each<[string, string[]]>([
    // A preposition and the place.
    ['A blood clot left in the uterus can keep the bleeding going.', []],
    ['The surgeon cleared a blood clot from the wound.', []],
    ['A blood clot had formed in the incision.', []],
    ['The scan showed a haematoma (a blood clot by the spine).', []],
    ['The blood clot in the tooth socket came loose.', []],
    ['My calf is fine. Avoid straws so the clot stays in the socket.', ['calf']],
    ['A dark blood clot on the gums goes away in a day.', []],
    ['He had a small blood clot in his eye.', []],
    ['The blood clot under her fingernail turned black.', []],
    ['Thrombus in the nose is removed gently.', []],
    ['A blood clot in a haemorrhoid is painful but not dangerous.', []],
    // The place as a word before it, a verb of leaving the body, bleeding with it, a haematoma glossed.
    ['Period clots bigger than a coin are worth mentioning.', []],
    ['A spinal blood clot after an epidural is rare.', []],
    ['Six days postpartum I passed a big blood clot.', []],
    ['Still passing blood clots, some as big as a golf ball.', []],
    ['He was vomiting blood clots after the operation.', []],
    ['Heavy bleeding with large clots could be fibroids.', []],
    ['An epidural hematoma (blood clot) can form after a fall.', []],
    ['The ward sent a blood clot (haematoma) sample to the lab.', []],
    ['Blood clots during my period are worse this month.', []],
    ['A blood clot after a tooth extraction protects the bone.', []],
    ['Clots from a nosebleed can be blown out gently.', []],
    ['A nosebleed with blood clots usually stops on its own.', []],
    ['Peeing blood clots after the operation is worth a call to the ward.', []],
    ['A haematoma, or blood clot, can form under the nail.', []],
    // A haematoma is a pool of blood out of its vessels, in a calf too: not a vein's clot.
    ['A hematoma (blood clot) in my calf after the kick.', ['calf']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('a clot beside another place, untied, is marked in the normal colour', () => {
  it.each<[string, string[]]>([
    ['The nurse pressed on my womb to check for blood clots.', ['blood clots']],
    ['Had my wisdom teeth out on Monday. I think I lost the blood clot.', ['blood clot']],
    ['My stitches came out today. The blood clot risk is what the nurse talked about.', ['blood clot']],
    ['Heavy periods and blood clots can leave you tired.', ['blood clots']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe("a clot in the leg, or a leg's clot in the lungs, stays red beside another place", () => {
  it.each<[string, string[]]>([
    ['After my c-section I got a blood clot in my calf.', ['blood clot!', 'calf']],
    ['Had a blood clot in my left leg after the birth.', ['blood clot!']],
    ['The clot from my leg went to my lung.', ['clot!']],
    ['They checked my legs for blood clots after the surgery on my spine.', ['blood clots!']],
    ['The wound on my shin healed but the clot behind my knee is still there.', ['clot!', 'knee']],
    ['A blood clot in the leg after surgery on the womb is why they give stockings.', ['blood clot!']],
    ['Had my tooth out on Monday. Now a blood clot in my lung, a PE.', ['blood clot!']],
    ['I had blood clots when I was pregnant.', ['blood clots!', 'pregnant']],
    ['Risk of blood clots is higher after giving birth.', ['blood clots!']],
    ['The risk of blood clots in the period after surgery is highest.', ['blood clots!']],
    ['Keep an eye out for a blood clot after a long flight.', ['blood clot!']],
    ['I wound up with a blood clot after the operation.', ['blood clot!']],
    ['The risk of blood clots after breast surgery is low.', ['blood clots!']],
    // Words of a place that are no place of the clot's: the back of the knee, a clot that passed on.
    ['A clot in the back of my knee.', ['clot!', 'knee']],
    ['The clot is still in my calf.', ['clot!', 'calf']],
    ['A blood clot at the bottom of my calf.', ['blood clot!', 'calf']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('a clot whose sentence names no place takes the place its paragraph named before (clot-place.ts)', () => {
  it.each<[string, string[]]>([
    // The nearest earlier sentence that names a place, however far back in the block.
    [
      'Your dentist has taken the tooth out. Bite on the gauze. Do not rinse. First day: a blood clot will form.',
      ['blood clot'],
    ],
    [
      'Period pain comes from the uterus. It can be worse in your forties. A blood clot can come with it.',
      ['blood clot'],
    ],
    // A period's heavier bleeding with clots: not marked.
    ['Period pain comes from the womb. Heavier bleeding and larger blood clots can come with it.', []],
    // The leg named nearer, or none named: red stays.
    [
      'After the extraction my calf swelled. I went in on Monday. They found a blood clot.',
      ['calf', 'swelled!', 'blood clot!'],
    ],
    ['Blood clots are a risk after surgery. Move your legs often.', ['Blood clots!']],
    ['Heavy bleeding and blood clots are both risks of this drug.', ['blood clots!']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    // The blocks before, in the post (earlier-blocks.ts): a list item after the aftercare paragraph.
    ['After the extraction, keep the gauze on the socket.', 'First 24 hours: blood clots will form.', ['blood clots']],
    ['My left calf has been swollen since the flight.', 'They found a blood clot.', ['blood clot!']],
    ['We had a lovely week by the sea.', 'They found a blood clot.', ['blood clot!']],
  ])('after %j, %s marks %j', (earlier, text, expected) => {
    const found = bundledMatcher.match(text, undefined, () => earlier);
    expect(found.map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`)).toEqual(expected);
  });
});
