// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

describe('"tight", "tender" and "stretch" said of a fit, a child\'s feet or a fabric mark nothing (fit-uses.ts)', () => {
  it.each<[string, string[]]>([
    // The worn thing, a helping verb, then the form (worn-uses.ts, with "should", "may", "not").
    ['The sock should not be tight around the calf.', []],
    ['Cleats should feel tight at first, but the toes should not touch the end.', []],
    ['The liner may feel tight on your shins for a few days.', []],
    // A pronoun that stands for the worn thing named before it.
    ['When you try ski boots on, they should feel snug but not tight across your toes.', []],
    ['They feel tight across the toes at first, so go up half a size.', []],
    // The form placed on a part, its subject a worn thing or none, with sizing after it.
    ['Slim-fit trousers can feel tight in the thigh when you squat.', []],
    ['Tight around the calf? Try the wide-fit version of the boot.', []],
    ['Tightness in the calf means the boot shaft is too narrow for you.', ['calf']],
    // "nothing" as the subject, a garment's leg, "do not" before the form.
    ['Stand up in the boot, and nothing should feel tight across the forefoot.', []],
    ['A tapered leg is roomy in the thigh and tight at the ankle.', ['ankle']],
    ['Try shoes on in the afternoon, so new shoes do not feel tight.', []],
    ['Tightness in the calf? Look for a boot with an adjustable cuff.', ['calf']],
    // Toes that should not feel tight in a shoe: a joint's word (joint-stiffness.ts), with "should not".
    ['Your foot should not slide about, but your toes should not feel tight either.', []],
    // A child's feet, tender as in delicate.
    ['Young feet are tender and easily hurt, so the cleats have padding.', []],
    ["Children's feet are tender, so choose soft shoes.", []],
    ['Young feet are soft and tender, so pick cleats with a padded collar.', []],
    ["A baby's skin and toes are tender, so the seams sit outside.", []],
    // A fabric's stretch.
    ['A jean with stretch through the thigh and calf is easier to ride in.', ['calf']],
    ['The stretch fabric moves with your knees.', ['knees']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // The part, or the person, is the subject of "tight": the muscle's.
    ['My calves felt tight in the new shoes.', ['calves', 'tight']],
    ['Calves felt tight across the whole run in those new shoes.', ['Calves', 'tight']],
    ['My calf feels tight around the ankle in these boots.', ['calf', 'tight', 'ankle']],
    ['I bought new boots and my calves hurt, they feel tight.', ['calves', 'tight']],
    ['My calves are killing me. They feel so tight.', ['calves', 'tight']],
    ['Went up half a size but my calf still gets tight on long runs.', ['calf', 'tight']],
    // A person's own tender calf beside a boot stays red.
    ['The back of my calf is tender where the boot cuff rubs.', ['calf', 'tender!']],
    ['My calf is tender and easily bruised since the fall.', ['calf', 'tender!', 'bruised']],
    ['I stretch my calves before I put my ski boots on.', ['stretch', 'calves']],
    ['My calves should not be this tight after an easy run in new shoes.', ['calves', 'tight']],
  ])('%s still marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

// The tissue17 round: a bandage's or hosiery's stretch.
describe('a bandage’s stretch is no exercise', () => {
  it.each<[string, string[]]>([
    ['After the tear my physio wrapped my calf in a short-stretch bandage.', ['calf']],
    ['My calf is swollen so I wear a stretch bandage on it.', ['calf', 'swollen!']],
    ['I stretch my calves before I put the stretch stockings on.', ['stretch', 'calves']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
