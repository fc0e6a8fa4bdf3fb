// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

describe('a bruise on a person, with no course or cause, anchors itself in the normal colour (bruise-body.ts)', () => {
  it.each<[string, string[]]>([
    // On a person's named part, or from one part to another.
    ['She has bruises on her forearms.', ['bruises']],
    ['There is bruising all over his hands.', ['bruising']],
    ['Found a big bruise on my hip.', ['bruise']],
    // held23's posts (the nineteenth session): a size of two words, and a person "easily bruised".
    ['By Tuesday, a bruise the size of a small pancake had appeared on his hip.', ['bruise']],
    ['Dad is on Coumadin and is, therefore, easily bruised.', ['bruised']],
    ['Dark bruises from wrist to elbow.', ['bruises']],
    ['Some bruising around the IV site.', ['bruising']],
    ['Little purple bruises keep popping up on my arms.', ['bruises']],
    ['Little bruises on the backs of my hands every morning.', ['bruises']],
    ["I've got bruising under both eyes after the nose op.", ['bruising']],
    // Its size against a body, a body covered in them.
    ['There is a bruise the size of my palm on my shoulder blade.', ['bruise']],
    ['Covered in bruises and no idea why.', ['bruises']],
    // A person who bruises; the fruit of a likening is not the sentence's subject.
    ['Dad bruises like a ripe plum these days.', ['bruises']],
    ['Is it normal to bruise this badly from a hug?', ['bruise']],
    ['My nan bruises if you so much as brush past her.', ['bruises']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('the same shapes said of things mark nothing', () => {
  it.each<string>([
    // Not a fruit, nor an ego: no person is said to be easily bruised.
    'The peaches are easily bruised, so pack them on top.',
    'His ego is easily bruised after a loss.',
    // A likening of fruit said of fruit, a thing's place, a colour named after a bruise.
    'Mangoes bruise like peaches, so wrap each one in paper.',
    'Plums? They bruise like a peach, so handle them gently.',
    'A bruise on the face of the pear is only skin deep.',
    'The phone came through the drop test with a bruise on its corner.',
    'Splotches of bruise-purple velvet covered the runway.',
    'Covered in bruises of paint, the old van sat in the yard.',
    'The avocado had a bruise the size of my thumb.',
    'The kiwis have bruises on their skin from the long voyage.',
    // "bruising" before a particle is a verb; "noticed bruising" of numbers.
    'The paint is bruising up where the chairs knock the wall.',
    'After the audit we noticed bruising in the quarterly numbers.',
  ])('%s marks nothing', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
