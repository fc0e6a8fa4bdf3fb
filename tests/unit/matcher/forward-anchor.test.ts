// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FORWARD_LIMITS } from '../../sense/known-limits-forward.ts';
import { bundledMatcher } from '../../support/engine-harness.ts';

/** The bundled matcher's marks in `opening`, read as the start of the block `opening rest`. */
const marksBefore = (opening: string, rest: string) => {
  const block = `${opening} ${rest}`;
  return bundledMatcher
    .match(block)
    .filter((match) => match.end <= opening.length)
    .map((match) => `${block.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);
};

describe("a post's opening complaint takes the writer's leg named just after it (forward-anchor.ts)", () => {
  it.each<[string, string, string[]]>([
    // The writer's leg in the next sentence or two; never red.
    ['Horrible cramps last night.', 'Woke up with my left calf rock hard.', ['cramps']],
    ['Is this normal? Tightness every morning.', 'Both my calves feel like wood until lunch.', ['Tightness']],
    ['I did my stretches before bed.', 'Then my left calf seized at 3 am anyway.', ['stretches']],
    // ("Cramps every night." is the leg's by its setting since the cramp15 round: cramp-setting.ts.)
    ['Cramps again today.', 'Work is busy.', []],
    ['Cramps again today. Work is busy. The kids are ill.', 'My left calf locks up.', []],
    // Someone else's leg or an animal's; another sense, an object, what it is of.
    ['Weakness at the back cost them.', "Their captain's calf strain will keep him out.", []],
    ['Tender meat needs time.', 'Braise the veal shank for three hours.', []],
    ['Swelling under the collar.', "My dog's front leg is fine though.", []],
    ['My horse has swelling above the hoof.', 'Her left hind leg is warm too.', []],
    ['A stretch of bad luck.', 'I pulled my calf on Monday.', []],
    ['I stretched the budget as far as it would go.', 'My left knee is still sore.', []],
    ['Stiffness in the markets today.', 'I twisted my ankle on the way in.', []],
  ])('%s / %s', (opening, rest, marks) => {
    expect(marksBefore(opening, rest)).toEqual(marks);
  });
});

describe('known limits of the forward rule still differ from their labels (known-limits-forward.ts)', () => {
  it.each(FORWARD_LIMITS)('%s / %s', (opening, rest, marks) => {
    expect(marksBefore(opening, rest)).not.toEqual(marks);
  });
});
