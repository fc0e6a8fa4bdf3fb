// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../src/glossary/bundled-packs.ts';
import { compileMatcher } from '../../../src/matcher/compile-matcher.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../../src/matcher/entries-from-packs.ts';

const matcher = compileMatcher(entriesFromPacks(BUNDLED_PACKS), anchorWordsFromPacks(BUNDLED_PACKS));

const marks = (text: string) =>
  matcher.match(text).map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);

describe('parts of the lower limb listed after an article or owner frame them (limb-list.ts)', () => {
  it.each<[string, string[]]>([
    // Issue 11 limbs round: leaflets name the parts together, with no other frame.
    ['Fluid tends to pool in the lower body, mostly the feet, ankles and legs.', ['ankles']],
    ['Look for swelling, mostly around the ankles and feet, after a flight.', ['swelling!', 'ankles']],
    ['After a sprain the foot and ankle often appear puffy and bruised.', ['ankle', 'puffy!', 'bruised']],
    ['Diabetes can bring numbness to the toes, feet and ankles.', ['numbness!', 'ankles']],
    ['Check the legs and the ankles for swelling every evening.', ['ankles', 'swelling!']],
    ['my mum gets swelling around the ankles & feet after church', ['swelling!', 'ankles']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['Sand the legs and feet of the old dresser first, because the glue there is weak.', 'parts of something'],
    ['Where the legs and feet meet, the joint on these stools is weak.', 'legs and feet alone: furniture'],
    ['Brown the thighs and legs in batches, then cook until tender.', "thighs and legs alone: a chicken's"],
    [
      'Our mare came back a little sore. Check the knees and ankles for heat and swelling after every ride.',
      'after an animal in the block',
    ],
    ['Knit the heel and toe in a contrast yarn so the socks stay warm and tight.', 'a heel and a toe alone'],
    ['The leggings are tight around the calves and ankles.', 'clothes'],
    ['The tour was planned around the weak autumn, leg after leg.', 'no list'],
    ["The ladder's knees and ankles looked weak.", 'no article or owner before the list'],
    ['Rest the legs, then the legs again, and the tight schedule eases.', 'one part twice'],
  ])('%s marks nothing (%s)', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
