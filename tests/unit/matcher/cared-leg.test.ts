// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isBareLegAccount, isCaredLeg, isDoneToLeg, isNamedLeg } from '../../../src/matcher/cared-leg.ts';
import { bundledMatcher as matcher } from '../../support/engine-harness.ts';

/** The marks of the block `text` after the blocks `earlier`, each red one with a "!". */
const marksOf = (text: string, earlier: string) =>
  matcher
    .match(text, undefined, () => earlier)
    .map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);

// Probes written for the rule (issue 11, threadleg2 round), in our own words.
describe('a leg the writer names without "my" (cared-leg.ts)', () => {
  it.each<[string, boolean]>([
    ['I rolled the ankle on a kerb.', true],
    ['Iced the calf all evening.', true],
    ['I have hurt both knees on the stairs.', true],
    ['Then I strained the right calf at training.', true],
    ['Ice the ankle and keep it up.', true],
    ["I've twisted the same knee again.", true],
    // A thing's leg, gear, a sock's heel, a recipe, someone else's ankle.
    ['I broke the leg off the kitchen table.', false],
    ['I tore the ankle strap on my sandals.', false],
    ['I turned the heel of the sock.', false],
    ['I wrapped the knee-high boots in paper.', false],
    ['I braised the lamb shank for hours.', false],
    ['I watched the keeper roll the ankle.', false],
    ['My son rolled the ankle at school.', false],
    ['I stretched the leg of the jeans.', false],
    ['I iced the cake on Sunday.', false],
    ['I wrapped the legs in foil.', false],
    ['I broke the heel on my boots.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isCaredLeg(sentence)).toBe(expected);
  });
});

// The thread rule's opening test with no "I" or "my" (issue 11, pointback round).
describe('what the writer did to a leg, told with no first-person word', () => {
  it.each<[string, boolean]>([
    ['Iced the calf all evening.', true],
    ['Strapped the ankle before the match.', true],
    ['It rained. Then rested the knee all weekend.', true],
    // An imperative is advice, a recipe's too; a thing's leg.
    ['Ice the ankle and keep it up.', false],
    ['Rest the leg under foil for ten minutes.', false],
    ['Strapped the leg of the table with tape.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isDoneToLeg(sentence)).toBe(expected);
  });
});

describe('a thread takes the leg the writer named without "my", never red', () => {
  it.each<[string, string, string[]]>([
    ['I rolled the ankle on a kerb.\nI limped to work.', 'By lunch the swelling had spread.', ['swelling']],
    ['Iced the calf all evening.\nI watched a film.', 'The bruising came out the next day.', ['bruising']],
    // No first-person word before the sign (pointback round).
    ['Iced the calf all evening.', 'The bruising came out overnight.', ['bruising']],
    ['Elevated the ankle on two pillows.', 'The swelling went down a little.', ['swelling']],
    // A sign noun with no article, told by its course (sign-course.ts).
    ['Strapped the ankle before the match.', 'Swelling was down by the morning.', ['Swelling']],
    ['I rolled my left ankle on Friday.', 'Bruising has spread to the heel since.', ['Bruising']],
    // A word of degree before a sign of "it" (thread-shape.ts).
    ['I went over on my right ankle.\nI iced it all night.', 'By the morning it got rather swollen.', ['swollen']],
  ])('%s / %s', (earlier, text, marks) => {
    expect(marksOf(text, earlier)).toEqual(marks);
  });

  it.each<[string, string]>([
    ['I broke the leg off the table.\nI glued it back on.', 'The swelling wood split again.'],
    ['Rest the leg under foil for ten minutes.', 'The puffy skin will crisp in a hot oven.'],
    ['Strapped the leg of the table with tape.', 'The swelling in the wood went down.'],
    ['My son rolled the ankle at school.\nHe was fine by tea time.', 'The swelling never went away.'],
    ['I hurt my left knee on the walk.\nWe crossed the river.', 'It was rather swollen with the rain.'],
    ['I pulled my right calf at the match.\nI sat in the stand.', 'It was pretty numb in there by full time.'],
  ])('%s / %s stays unmarked', (earlier, text) => {
    expect(marksOf(text, earlier)).toEqual([]);
  });
});

// A leg named bare, as a writer's own account names it (issue 11, ownerless round).
describe('a leg named with no owner and no verb of ours (isNamedLeg)', () => {
  it.each<[string, boolean]>([
    ['The knee gave way on the stairs after.', true],
    ['Still have pain in both legs.', true],
    ['Ankle still hurts.', true],
    ['Knee gave way in the second half.', true],
    ['Two weeks after the tear and the calf is slowly getting better.', true],
    // A thing's, a dish's, a garment's, a journey's, an animal's, someone's; gear.
    ['The table leg gave way when I leaned on it.', false],
    ['The leg went into the oven for three hours.', false],
    ['The calf is a bit tight on these boots.', false],
    ['The ankle is tight on these trousers.', false],
    ['The second leg of the tour was long and hot.', false],
    ['The leg of lamb went into the oven.', false],
    ['The calf in the next field was bruised.', false],
    ["The stand's leg wobbles.", false],
    ['The knee of the curve came in March.', false],
    ['The knee-high grass made it a tight game.', false],
    ['The ankle strap snapped.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isNamedLeg(sentence)).toBe(expected);
  });
});

describe('an account with no thing, dish, garment or farm in it (isBareLegAccount)', () => {
  it.each<[string, boolean]>([
    ['Went for a run yesterday. The knee gave way.', true],
    ['Been in compression socks all week. The ankle is better.', true],
    ['Tried on the new jeans in the shop. The knee is ripped.', false],
    ['I cooked a leg of lamb. The leg rested under foil.', false],
    ['Spent the afternoon at the vet. The calf was lame.', false],
    ["I'm restoring an old piano. The leg was cracked.", false],
  ])('%s → %s', (text, expected) => {
    expect(isBareLegAccount(text)).toBe(expected);
  });
});

describe("a thread takes a leg named bare in the writer's own account, never red", () => {
  it.each<[string, string, string[]]>([
    ['Went for a run yesterday.\nThe knee gave way on the stairs after.', "Now it's swollen.", ['swollen']],
    ['Week 3 post-op.\nThe leg is healing well.', 'The swelling goes down overnight.', ['swelling']],
    ['Been off work a week.\nAnkle still hurts.', 'Still puffy and bruised.', ['puffy', 'bruised']],
    [
      "I've been off work since Monday.\nThe ankle is killing me.",
      'The bruising has spread to the toes.',
      ['bruising'],
    ],
  ])('%s / %s', (earlier, text, marks) => {
    expect(marksOf(text, earlier)).toEqual(marks);
  });

  it.each<[string, string]>([
    ['Went to the match.\nThe knee gave way on their striker.', 'The swelling crowd went quiet.'],
    ['Born on Tuesday night.\nThe calf is still weak after birth.', 'The swelling has gone down on the cow.'],
    ['Moved house last week.\nThe table leg gave way.', 'The top is badly bruised from the van.'],
    ['Browned the lamb first.\nThe leg went into the oven.', 'It came out tender and the sauce was warm.'],
    ['Been off work with my back.\nThe legs are fine.', 'The numbness runs down from the buttock.'],
    ['Tried on the new jeans in the shop.\nThe knee is ripped on purpose.', 'A bit puffy round the waist though.'],
    ['Went for a run.\nThe knee was fine but I fell on my wrist.', 'The swelling came up straight away.'],
    // No account of the writer's: a report of a leg with nobody's day before it.
    ['The knee gave way in the first half.', 'It was swollen and numb by full time.'],
  ])('%s / %s stays unmarked', (earlier, text) => {
    expect(marksOf(text, earlier)).toEqual([]);
  });
});
