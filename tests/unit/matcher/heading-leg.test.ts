// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundledMatcher as matcher } from '../../support/engine-harness.ts';

/** The marks of the block `text` under `heading`, after the blocks `earlier`, each red one with a "!". */
const marksOf = (text: string, heading: string, earlier = '') =>
  matcher
    .match(
      text,
      undefined,
      () => earlier,
      () => heading,
    )
    .map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);

const SIGN = 'The swelling goes down overnight and comes back by lunch.';

// Titles written for the rule (issue 11, headings round), in our own words: a post's heading names
// the writer's leg, the post's sign names none (heading-leg.ts, thread-leg.ts).
describe("a heading that names the writer's leg lends it to the post under it (heading-leg.ts)", () => {
  it.each([
    'Swollen calf after a long flight, worried',
    'Knee diary, week 3',
    'Left ankle, six weeks post-op',
    'Sprained ankle, day four',
    'My knee after the fall',
    'Achilles flare-up again',
    'Shin splints update',
    'Right calf strain, day 10',
    'Broken fibula, week eight',
    'Pulled hamstring, slow recovery',
  ])('"%s" lends its leg', (heading) => {
    expect(marksOf(SIGN, heading)).toEqual(['swelling']);
  });

  it.each([
    'Calf leather boots',
    'Knee surgery waiting lists grow',
    'Calf Creek Falls trail guide',
    'Calf rearing on a small farm',
    "The calf's swollen navel",
    'Chicken thighs with lemon',
    'Knee-high socks for winter walks',
    'Ankle boots under fifty pounds',
    'Swollen glands and a sore throat',
    'Sore wrist after my fall',
    'Knee replaced last year, now my shoulder',
    'My knee-jerk reaction to the budget',
    'My calf',
    'Knee',
    '',
  ])('"%s" lends nothing', (heading) => {
    expect(marksOf(SIGN, heading)).toEqual([]);
  });

  it.each<[string, string, string, string[]]>([
    // Red needs the leg in the urgent sign's own sentence: a title lends the normal colour only.
    [
      'Swollen calf after knee surgery',
      'It is red and hot and the swelling keeps spreading.',
      '',
      ['red', 'hot', 'swelling'],
    ],
    // The blocks between are read as the thread rule reads them: another region or sense stops it.
    ['Knee diary, week 3', SIGN, 'My wrist has been playing up as well.', []],
    ['Knee diary, week 3', SIGN, 'Physio on Monday, cycling on Wednesday.', ['swelling']],
    ['Knee diary, week 3', SIGN, 'The river by the barn burst its banks.', []],
    ['Knee diary, week 3', 'It was numb in the stands as the crowd went quiet.', '', []],
    // Its own heading again as the first block before (a bold paragraph that titles a post).
    ['Knee diary, week 3', 'It felt numb and tingly this morning.', 'Knee diary, week 3', ['numb', 'tingly']],
  ])('under "%s": %s', (heading, text, earlier, expected) => {
    expect(marksOf(text, heading, earlier)).toEqual(expected);
  });
});
