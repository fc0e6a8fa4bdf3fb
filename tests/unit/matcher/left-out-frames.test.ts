// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../src/glossary/bundled-packs.ts';
import { compileMatcher } from '../../../src/matcher/compile-matcher.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../../src/matcher/entries-from-packs.ts';

const matcher = compileMatcher(entriesFromPacks(BUNDLED_PACKS), anchorWordsFromPacks(BUNDLED_PACKS));

const marks = (text: string) =>
  matcher.match(text).map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);

describe("a part that may do something frames it, but how it may feel, what it swells or a trouble not the Achilles' (left-out-frames.ts)", () => {
  it.each<[string, string[]]>([
    ['Feet can swell in hot weather.', ['swell!']],
    ['The foot may become numb or tingle.', ['numb!', 'tingle!']],
    ['Ankles swell the next day after a long flight.', ['Ankles', 'swell!']],
    ['Or an Achilles tear that needed surgery.', ['Achilles']],
    ['Achilles problems run in my family, and mine is tender every morning.', ['Achilles', 'tender!']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['The heel can feel a little tight at first.', "how a part may feel is a shoe's too"],
    ['Calves swell the numbers at the spring sale.', 'a part that swells something'],
    ["Fresh legs could swell the squad's options.", 'a part that swells something'],
    ['Jeans with a knee tear look tired once the denim goes weak.', "a trouble of a part but the Achilles'"],
    ["The council's foot problem is the potholes, and the budget looks weak.", "a trouble of a part but the Achilles'"],
    ['Achilles tears his hair in grief, and the Greek camp falls numb.', "the hero's verb"],
    ['The Achilles issue of the fanzine sold out, though the print run was weak.', 'an issue of something'],
  ])('%s marks nothing (%s)', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
