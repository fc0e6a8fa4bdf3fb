// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundledMatcher, marksOf as marks } from '../../support/engine-harness.ts';

// The falsered15 round (docs/sense.md "Comfort, a thing's colour, a dish's or an animal's leg").
describe("a sign of a dish's or an animal's leg named just before is no one's (animal-leg.ts)", () => {
  it.each<string>([
    'Still have half the turkey left. The leg was tender and the skin went crisp.',
    'We carved the lamb on Sunday. The leg was so tender it fell off the bone.',
    'Walked the dog round the park. The calf in the next field was bruised from the fence. Its leg was swollen too.',
    'Spotted a deer by the road on the way home. Its leg was swollen and it limped into the trees.',
    'Our old mare is fine now. The leg was warm and puffy last week but the farrier says it has settled.',
    'Pulling a calf is hard work, and the feet can swell if you leave the chains on too long.',
    'Still have half the ham left. The leg was tender and the skin went crisp.',
    'We had a whole duck for dinner. The leg was tender and pink inside.',
  ])('%s marks no sign', (text) => {
    expect(marks(text).filter((mark) => mark !== 'calf')).toEqual([]);
  });

  it.each<[string, string[]]>([
    // No animal before, a person in the sentence, or the writer's leg named before: the sign stays.
    ['Had my knee replaced in March. The leg was tender for weeks after the surgery.', ['knee', 'tender!']],
    ['Walked the dog this morning. The leg is swollen and red again.', ['swollen!', 'red!']],
    ['Bought a turkey for Sunday. My leg is still swollen from the fall.', ['swollen!']],
    // A meat's or an animal's word that is no noun here: a team, the weather, a verb.
    ['Watched the Rams game with my brother. The leg is swollen and red again.', ['swollen!', 'red!']],
    ['It was a roasting hot day at the beach. The feet were swollen by evening.', ['swollen!']],
    ['I had to duck under the fence. The knee was bruised and swollen.', ['knee', 'bruised', 'swollen!']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  // A post split into lines (cause-before.ts): the dish or the feeling's cause is the block before.
  it.each<[string, string, string[]]>([
    ['Still have half the turkey left.', 'The leg was tender and the skin went crisp.', []],
    ['The election results came in at midnight.', 'I felt numb for days, and my feet were like ice.', []],
    ['Had my knee replaced in March.', 'The leg was tender for weeks after the surgery.', ['tender!']],
    ['Got the letter from the hospital.', 'I felt numb in my foot all afternoon.', ['numb!']],
  ])('after %j, %s marks %j', (earlier, text, expected) => {
    const found = bundledMatcher.match(text, undefined, () => earlier);
    expect(found.map((m) => `${text.slice(m.start, m.end)}${m.isUrgent ? '!' : ''}`)).toEqual(expected);
  });
});
