// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksAfter } from '../../support/engine-harness.ts';

describe('a sign or exercise named again takes the sense of its mark before in the block (repeat-anchor.ts)', () => {
  it.each<[string, string, string[]]>([
    // Named again by name, sentences on, with no anchor of its own; never red.
    [
      'I had a fall and a lump came up in the muscle above my knee. The bruise is fading.',
      'Why is the lump still there?',
      ['lump'],
    ],
    ['My leg was cramping so badly I could not walk.', 'It was like a sharp cramp.', ['cramp']],
    ['A cramp in my calf woke me. I stretched it out.', 'Same cramp again that night.', ['cramp']],
    [
      'My Achilles tendinitis taught me that stretching is not enough. Load matters more. For me the mornings were the worst part.',
      'The gentle stretches you mentioned were a game-changer.',
      ['stretches'],
    ],
    [
      'My toes go numb on long rides and the toe numbness lasts an hour. New shoes helped.',
      'I had a problem with numbness until I loosened the strap.',
      ['numbness'],
    ],
    [
      'I have had cramps in my calf all week. Nothing helps. Last night was bad.',
      'It was like a sharp cramp that would not let go.',
      ['cramp'],
    ],
    // The everyday senses after a mark of the same entry: a kitchen's lump, a sum, an object, what
    // it is of, an "-ing" adjective, another owner, a verb.
    ['I had a lump on my calf.', 'Stir the sauce until no lump remains.', []],
    ['I had a lump on my calf.', 'The lump sum arrived on Friday.', []],
    ['My calf has a lump.', 'Lump it or leave it, said the landlord.', []],
    ['I had a lump on my calf.', 'That lump in the gravy is why I never use packets.', []],
    ['My calf had a lump after the fall.', 'The lump, said the vet, was the cat’s own doing.', []],
    ['I keep stretching my calves.', 'Stretching the budget is harder.', []],
    ['I do stretches for my calves.', 'The stretches of empty road up north were lovely.', []],
    ['I do stretches for my calves every morning.', 'There were long stretches without rain this summer.', []],
    ['My ankle swelling is back.', 'The swelling crowds cheered the bus.', []],
    ['I had bruising on my shin after the match.', 'The bruising defeat left the fans quiet.', []],
    ['My calf cramps most nights.', 'The cramping effect of the new rules on shops is real.', []],
    ['My calf swelling is down.', 'Her swelling pride after the win was lovely to see.', []],
    ['My calf has tightness after runs.', "The club's tightness at the back cost them.", []],
    ['I have tenderness in my calf.', 'The tenderness he showed her was new.', []],
    ['I had cramps in my calf all night.', 'Their cramps were period pains, they said.', []],
    ['My calf spasms woke me.', 'Spasms of laughter stopped the play.', []],
  ])('%s / %s', (lead, text, marks) => {
    expect(marksAfter(lead, text)).toEqual(marks);
  });
});
