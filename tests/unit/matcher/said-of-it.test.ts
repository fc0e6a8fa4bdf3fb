// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The block17 round: the sign as the verb of "it" after the sentence that names the leg takes that
// sentence in the normal colour (said-of-it.ts `isSignVerbOfIt`, read by sentence-before.ts), and
// no other sense's verb: an object, "with", "to" or "into" after it, or a thing named before.
describe('a sign said as the verb of "it" (said-of-it.ts)', () => {
  it.each<[string, string[]]>([
    ['I broke my ankle in March. It swells up by evening.', ['broke', 'ankle', 'swells']],
    ['Sprained my ankle on a hike. It still tingles now and then.', ['ankle', 'tingles']],
    ['I twisted my knee at football. It cramps when I climb stairs.', ['knee', 'cramps']],
    ['Mum twisted her ankle on the kerb. It swelled up like a balloon.', ['ankle', 'swelled']],
    // Only the sentence right before: "it" may be what a sentence between names.
    ['I broke my ankle in March. The pub was packed. It swelled by ten.', ['broke', 'ankle']],
    ['I hurt my knee at the gig. It swelled to a sell-out crowd by ten.', ['knee']],
    ['I twisted my ankle at the match. It cramps the club’s plans for the cup.', ['ankle']],
    ['She twisted her ankle before the concert. It swelled into a roar.', ['ankle']],
    ['The river burst its banks in March. It swells every spring.', []],
    ['The kitchen table has a wobbly leg. It swells in damp weather.', []],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
