// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

describe("a team's or a market's weakness is no muscle's, beside an injured leg too (team-weakness.ts)", () => {
  it.each<string>([
    "The striker's broken metatarsal leaves the attack weak for the derby.",
    "The striker's broken tibia leaves the attack weak for the derby.",
    "With the captain's shin injury, the defence looks weak.",
    "After his torn meniscus the team's form turned weak.",
    'The winger made their finishing even weaker after his torn ACL.',
    'A weak defence and a broken tibia: the season is over.',
    // The noun with its thing after "of" or as the thing's (the redprobe round).
    'hurt my foot on a lego - the weakness of the pound is the real pain this week',
    "Broke my toe, and the pound's weakness made the holiday dearer.",
    // A team by its own name (the falsered15 round).
    'Without their injured tibial plateau star the Hawks looked weak and tired.',
    "The Giants seemed weaker than last season after the quarterback's knee surgery.",
  ])('%s marks no weakness', (text) => {
    expect(marks(text).filter((mark) => mark.startsWith('weak'))).toEqual([]);
  });

  it.each<[string, string[]]>([
    // A person's leg keeps its red; a side is a stroke's sign, no team's.
    ['Since the nerve block my left leg feels weak and heavy.', ['weak!']],
    ['My left side is weak and my leg drags.', ['weak!']],
    ['The muscles around the shin are weak after the cast.', ['weak!']],
    ['Since the fall the weakness in my left leg is getting worse.', ['weakness!']],
    ['The Calves looked weak after the cast came off, my physio said.', ['weak']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text).filter((mark) => mark.startsWith('weak'))).toEqual(expected);
  });
});
