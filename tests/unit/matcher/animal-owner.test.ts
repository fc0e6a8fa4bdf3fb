import { describe, expect, it } from 'vitest';
import { isAnimalsOwn } from '../../../src/matcher/animal-owner.ts';
import { cardsOf } from '../../support/engine-harness.ts';

describe('a sentence about an animal’s body', () => {
  it.each<[string, boolean]>([
    ['If your dog is limping, the vet will rule out bone fractures.', true],
    ['Your dog’s tendon may take months to heal.', true],
    ['Our old cat has a fracture in her front paw.', true],
    ['The horse came back lame with a stress fracture.', true],
    ['Canine cruciate tears are common in large breeds.', true],
    ['My dog tripped me on the stairs and I fractured my ankle.', false],
    ['A dog knocked him over and he fractured his wrist.', false],
    ['The puppy bit my calf and it is swollen.', false],
    ['The CAT scan showed a stress fracture.', false],
    ['The cat-cow stretch eases stiffness in the back.', false],
    ['Army vets with stress fractures wait months for care.', false],
    ['A stress fracture in the foreleg ended its racing career.', true],
    ['Walked the dog for an hour, calf cramp hit halfway.', false],
    ['Stress fracture from running with the dog on concrete.', false],
    ['Charley horse at night, then a stress fracture.', false],
    ['The catalogue lists every stress fracture case.', false],
    ['She broke a bone in her foot last spring.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isAnimalsOwn(sentence)).toBe(expected);
  });
});

describe("a horse's leg named by its own parts marks none of a person's cards", () => {
  it.each<[string, string[]]>([
    ['It is on the outside of his tibia on his hind leg, halfway between his hock and his stifle.', []],
    ['The farrier said the swelling above the fetlock should go down in a week.', []],
    ['Equine tendon injuries need months of box rest.', []],
    ['My tibia was fractured in the fall.', ['tibia→tibia', 'fractured→fracture']],
  ])('%s marks %j', (sentence, expected) => {
    expect(cardsOf(sentence)).toEqual(expected);
  });
});
