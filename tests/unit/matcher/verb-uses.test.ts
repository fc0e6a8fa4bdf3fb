// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../src/glossary/bundled-packs.ts';
import { compileMatcher } from '../../../src/matcher/compile-matcher.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../../src/matcher/entries-from-packs.ts';

const matcher = compileMatcher(entriesFromPacks(BUNDLED_PACKS), anchorWordsFromPacks(BUNDLED_PACKS));

const marks = (text: string) =>
  matcher.match(text).map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);

describe('"clot" as a verb or a lump of something else marks nothing (verb-uses.ts)', () => {
  it.each<[string, string[]]>([
    // Issue 11 clot-verb round: the reports, then the same shapes.
    ['He rolled his ankle in training. The sauce will clot if it boils.', ['ankle']],
    ['He rolled his ankle in training. Gravy made with flour can clot.', ['ankle']],
    ['He rolled his ankle in training. The blood in the jar began to clot.', ['ankle']],
    ['When you cut yourself the blood clots and the bleeding stops.', []],
    ['Blood clots when it touches the air.', []],
    ['Normally blood clots quickly after a cut.', []],
    ['Your blood clots more easily during pregnancy.', ['pregnancy']],
    ['My calf hurts. The blood clots and the cut stops bleeding.', ['calf']],
    ['He rolled his ankle. The milk clots when heated.', ['ankle']],
    ['My calf has been sore. Simmer the sauce until it clots on the back of a spoon.', ['calf']],
    ['My calf has been sore. Prices are expected to clot into a narrow range.', ['calf']],
    ['My calf has been sore. The clot of cream floated on the coffee.', ['calf']],
    ['My calf hurts. Cheeses are made by letting warm milk clot with rennet.', ['calf']],
    // "how" before a verb that ends its clause (the tenth session).
    ['Some medicines change how your blood clots.', []],
    ['Vitamin K matters for the way blood clots, so leafy greens count.', []],
    ['My calf hurts. The test shows how quickly your blood clots.', ['calf']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // Nouns beside the verb's words stay.
    ['I have blood clots in my leg.', ['blood clots!']],
    ['The blood clots and swelling in my calf are getting worse.', ['blood clots!', 'swelling!', 'calf']],
    ['I had a blood clot after surgery.', ['blood clot!']],
    ['My clot is in my calf.', ['clot!', 'calf']],
    ['The clot in my calf hurts.', ['clot!', 'calf']],
    ['DVT clots are dangerous.', ['DVT!', 'clots']],
    ['I had blood clots when I was pregnant.', ['blood clots!', 'pregnant']],
    ['My calf is swollen and warm. Is it clots in my leg?', ['calf', 'swollen!', 'warm!', 'clots!']],
    ['A clot of about 3 cm was found in my calf.', ['clot!', 'calf']],
    ['My calf hurts. The clot of blood was in my calf.', ['calf', 'clot!', 'calf']],
    ['Can clot symptoms in my calf come and go?', ['clot!', 'calf']],
    ['My calf hurts, I was referred to clot clinic.', ['calf', 'clot!']],
    ['The pill made my clot in my calf worse.', ['clot!', 'calf']],
    ['The nurse explained how blood clots form in the legs.', ['blood clots!']],
    ['I asked how blood clots are treated in pregnancy.', ['blood clots!', 'pregnancy']],
    ['Here is how blood clots in the calf feel.', ['blood clots!', 'calf']],
  ])('%s keeps the noun: %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('"it" said of the meat its own sentence names takes no leg before (sentence-before.ts)', () => {
  it.each<[string, string[]]>([
    ['He rolled his ankle in training. Simmer the beef until it is tender.', ['ankle']],
    ['She rolled her ankle on the trail. Roast the lamb shoulder slowly so it stays tender.', ['ankle']],
    ['My calf is sore after the run. By evening it was swollen.', ['calf', 'swollen!']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
