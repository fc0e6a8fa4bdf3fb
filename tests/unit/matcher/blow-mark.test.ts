// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The blow16 round (docs/sense.md "A blow's mark, a clot under treatment, a leg's signs denied").
describe("a sign at the place a person was hit is the card's, normal colour (blow-mark.ts)", () => {
  it.each<[string, string[]]>([
    ['Got a hard lump where the ball hit me during the match, should I worry?', ['lump']],
    ['The spot where I was kicked is still tender to the touch a week later.', ['tender']],
    ['The place I knocked is tender and swelling up.', ['tender', 'swelling']],
    ["My son has a lump where another player's stud caught him.", ['lump']],
    ['Has anyone had tenderness where they were kicked last for weeks?', ['tenderness']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<string>([
    // Tender to the touch with no blow: a cook's.
    'Rest the steak until it is tender to the touch.',
    // A blow to a feeling, to fruit, to dough, to a thing, or to the head.
    'His pride was tender where the reviews hit him hardest.',
    'The apples with a bruise where they were knocked in the crate went to the pigs.',
    'Bread dough stays tender where you knocked it back, the baker said.',
    'The spot where the hail hit the car has a lump in the bonnet.',
    "There's a lump on my forehead where the cupboard door hit me.",
    'My neck is tender where the seatbelt caught me in the crash.',
  ])('%s marks nothing', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
