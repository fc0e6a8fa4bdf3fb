// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';
import { mayBeSkinMark } from '../../../src/matcher/skin-mark.ts';

describe('a bruise said of a body anchors itself, in the normal colour, wherever it is (skin-mark.ts)', () => {
  it.each<[string, string[]]>([
    // Its course.
    ['The bruise went yellow before it faded.', ['bruise']],
    ['The bruising has moved a little since Monday.', ['bruising']],
    ['Bruising that tracks down is just the blood settling.', ['Bruising']],
    // Its cause: a knock, a needle, a blood thinner.
    ['A deep bruise can follow an injection.', ['bruise']],
    ['Bruises on blood thinners can be large and slow to heal.', ['Bruises']],
    ['I bruise easily since starting warfarin.', ['bruise']],
    ['Easy bruising, nosebleeds and bleeding gums can be signs of a clotting problem.', ['bruising']],
    ['Any unexplained bruising should be looked at, our GP said.', ['bruising']],
    // Its care, or a person's own.
    ['Put a cold compress on a fresh bruise.', ['bruise']],
    ['Woke up with a massive bruise and no idea how I got it.', ['bruise']],
    // A bruise on the arm is still a bruise: the card names no part.
    ['She has a bruise on her arm from the blood test.', ['bruise']],
    // Things with lumps are read for a lump only: a bruise got from a wall is a body's.
    ['Walked into a wall at work and the bruise is huge.', ['bruise']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('a lump said of a body anchors itself, in the normal colour, where no other region is named', () => {
  it.each<[string, string[]]>([
    ['The lump may last a few weeks after the jab.', ['lump']],
    ['What does this new lump mean?', ['lump']],
    ['The GP felt the lump and said it was probably a cyst.', ['lump']],
    ['The lump has gone down a lot since I started icing it.', ['lump']],
    ['My son has had a soft lump just over the top of his kneecap for two weeks now.', ['lump']],
    ['My daughter has a painful lump on the back of her heel.', ['lump']],
    // A lump's tenderness is the lump's: both marked.
    ['The lump is tender to the touch.', ['lump', 'tender']],
    ['She had a tender lump after the blood draw.', ['tender', 'lump']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('bruises and lumps of other senses, or lumps of other regions, mark nothing', () => {
  it.each<string>([
    // Fruit, herbs, a defeat, a market, a schedule (the adjective "bruising" is no noun).
    'Handle the peaches gently, they bruise easily and go brown within a day.',
    'Bruise the lemongrass with the back of a knife before adding it to the pot.',
    'The bruising schedule of three away games in six days took its toll.',
    'It was an easy bruising win for the champions.',
    'Markets were bruised by the rate rise, and the bruise may take months to fade.',
    'The fall of the empire left a bruise on the national memory that never faded.',
    // Kitchens, coal, money, a mattress, a parcel, a laptop; lumps taken.
    'Add a lump of butter and stir until the sauce turns glossy.',
    'Whisk the gravy well so there are no lumps.',
    'The old mattress is full of lumps, so we are ordering a new one.',
    'The package had a hard lump in one corner, which turned out to be a battery.',
    'My laptop has a lump on the bottom where the battery is swelling.',
    'He took his lumps in the press and came back stronger.',
    'The lump which was growing in the corner of the field turned out to be a molehill.',
    // A bruise in general, no one's.
    'An ice pack dulls the pain of a bruise.',
    'The cold compress of her silence was worse than any bruise.',
    // A GP's surgery is a practice; a record player's needle.
    'The surgery hours were cut, a bruise for the local practice.',
    'The needle of the record player skipped on a lump in the vinyl.',
    // An animal's (animal-words.ts).
    'The old cat has a new lump on her side, so the vet wants to see her.',
    // Lumps of other pages: a breast, the neck, another region.
    'Any new lump in the breast should be checked by your GP.',
    'A lump in the neck that lasts more than three weeks needs to be looked at.',
    'Found a lump on my wrist, could it be a ganglion?',
  ])('%s marks nothing', (text) => {
    expect(marks(text)).toEqual([]);
  });
});

describe('mayBeSkinMark: a block with a bruise or a lump is read for one', () => {
  it.each<[string, boolean]>([
    ['The bruise faded.', true],
    ['A lump came up.', true],
    ['The swelling faded.', false],
  ])('%s → %s', (text, expected) => {
    const raw = [...text.matchAll(/bruise|lump|swelling/g)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      entryId: 'x',
      sense: 'weak' as const,
    }));
    expect(mayBeSkinMark(text, raw)).toBe(expected);
  });
});
