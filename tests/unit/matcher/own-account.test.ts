// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isOwnAccount } from '../../../src/matcher/own-account.ts';

// Probes written for the rule (issue 11, ownerless round), in our own words.
describe("a post that is the writer's own account (own-account.ts)", () => {
  it.each<[string, boolean]>([
    // A first-person word, "my" of anything.
    ["I've been off work since Monday.", true],
    ['Six weeks out of the cast and my physio is pleased.', true],
    // A diary's frame.
    ['Week 3 post-op.', true],
    ['Day 5 after the sprain.', true],
    ['Two weeks after the tear and the calf is better.', true],
    // The writer's activity with the "I" left out.
    ['Went for a run yesterday.', true],
    ['Been off work a week.', true],
    ['Still have pain in both legs.', true],
    ['Played five-a-side last night.', true],
    ['Back at the gym after the op.', true],
    // No frame of the writer's at all: a news line, a farm, a shop.
    ['The knee gave way in the first half.', false],
    ['The calf is still weak two days after birth.', false],
    ['The calf is a bit tight on these boots.', false],
    ['Day 5 of the tour.', false],
    ['Back then the leg of the journey was long.', false],
    ['Have you tried ice on the knee?', false],
    // Someone else is who the post is about.
    ['Went to the match. The knee gave way on their striker.', false],
    ['My son plays in goal on Sundays.', false],
    ['Week 3 post-op, Smith said.', false],
    ['"I felt the knee go," said Jones.', false],
    ["Day 5 after the sprain and Jones's ankle is better.", false],
    ['I took her to the vet.', false],
    // Another region the complaint may come from.
    ['Been off work with my back.', false],
    ['Went for a run and fell on my wrist.', false],
    ['Week 2 post-op on the hip.', false],
  ])('%s → %s', (text, expected) => {
    expect(isOwnAccount(text)).toBe(expected);
  });
});
