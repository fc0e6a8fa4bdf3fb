// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cardsOf, marksOf } from '../../support/engine-harness.ts';

describe("a health page's care advice about a sign, no part named (care-advice.ts)", () => {
  it.each<[string, string[]]>([
    // A care verb on the sign, with a word of a body's care in the sentence or just before it.
    ['Reduce the swelling with rest and ice.', ['swelling→edema']],
    ['Massage can help ease the stiffness.', ['stiffness→muscle-stiffness']],
    [
      'After a sprain, rest for two days. You can relieve the tenderness by resting for a week.',
      ['tenderness→tenderness'],
    ],
    // The passive, and a course a warning names.
    ['The numbness can be eased with a cold compress.', ['numbness→numbness']],
    ['If the tingling does not improve, see your doctor.', ['tingling→tingling']],
    ['Bruising that lasts more than two weeks after an injury should be checked.', ['Bruising→bruising']],
    // A site or a cause that is a body's care itself, with no other word of care.
    ['You may notice a lump in the injured area.', ['lump→lump']],
    ['Stiffness is common after surgery.', ['Stiffness→muscle-stiffness']],
    // Tender said of a body's place and touch.
    ['The injured area may be tender to the touch.', ['tender→tenderness']],
    // cardsOf writes a red mark with a "!": none of these has one.
  ])('%s marks %j, none red', (text, expected) => {
    expect(cardsOf(text)).toEqual(expected);
  });

  it.each<string>([
    // The same frames with no word of a body's care.
    'Rest the dough for an hour to ease the stiffness before rolling.',
    'How to prevent lumps in porridge? Stir it constantly.',
    // A thing's sign, by its owner before it or what it is of after it.
    "The plant doctor says to be patient. The wood's stiffness can be eased with care.",
    'Sandbags and a doctor of engineering helped reduce the swelling of the river.',
    // A thing cared for in the sentence, whatever word of care it holds.
    'Massage oil into the leather to ease the stiffness.',
    // Elevating a thing is no care (speech-grid.ts's counter-grid).
    'Elevate the battery to reduce the swelling.',
    'Compression of the soil can reduce the swelling after rain.',
    'The brisket should be tender to the touch when it comes out of the smoker.',
    // Another region of the body, in the sentence or just before it.
    'Ice can help reduce the swelling after a shoulder injury.',
    'After a wrist sprain, rest for two days. A cold compress can help the swelling.',
    // A feeling between people; injury time; a site of a leak.
    'The doctor in the novel tried to ease the tenderness between the brothers.',
    'After the injury-time drama, if the swelling of the crowd gets worse, call the police.',
    'Swelling at the site of the leak means the plasterboard needs replacing.',
  ])('%s stays unmarked', (text) => {
    expect(marksOf(text)).toEqual([]);
  });
});
