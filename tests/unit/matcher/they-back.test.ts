import { describe, expect, it } from 'vitest';
import { namesPersonsLimbs, theyBackOf } from '../../../src/matcher/they-back.ts';

// Probes written for the rule (issue 11, threadsign round), in our own words.
describe('what "they" points back to (they-back.ts)', () => {
  it.each<[string, string, boolean, 'limbs' | 'things' | undefined]>([
    ['They were really ', 'He showed me his ankles.', true, 'limbs'],
    ['By teatime they are really ', 'Her feet are fine in the morning.', true, 'limbs'],
    ["They're ", "Mum's legs were up on the pouffe.", true, 'limbs'],
    // Legs two sentences back are not what "they" is; a thing beside the legs wins.
    ['They were really ', 'He showed me his ankles.', false, undefined],
    ['They are so ', 'My calves are too big for these boots.', true, 'things'],
    // Plural things the writer got or saw.
    ['They were really ', 'I ordered two jackets online.', true, 'things'],
    ['They were really ', 'We got new pillows for the spare room.', false, 'things'],
    ['They were really ', 'My sister came round with her twins.', true, 'things'],
    // No "they", or nothing plural: "my calf has been" is no "has", "two days" no thing.
    ['It was really ', 'I ordered two jackets online.', true, undefined],
    ['They were really ', 'My calf has been sore since Sunday.', true, undefined],
    ['They were really ', 'I rested for two days.', true, undefined],
  ])('%s after "%s" (right before: %s) → %s', (lead, prior, isRightBefore, expected) => {
    expect(theyBackOf(lead, prior, isRightBefore)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['He showed me his ankles.', true],
    ["Dad's legs swell on long flights.", true],
    ['My sister came round with her twins.', false],
    ['The table legs were wobbly.', false],
  ])("names a person's legs: %s → %s", (text, expected) => {
    expect(namesPersonsLimbs(text)).toBe(expected);
  });
});
