// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../src/glossary/bundled-packs.ts';
import { compileMatcher } from '../../../src/matcher/compile-matcher.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../../src/matcher/entries-from-packs.ts';

const matcher = compileMatcher(entriesFromPacks(BUNDLED_PACKS), anchorWordsFromPacks(BUNDLED_PACKS));

const marks = (text: string) =>
  matcher.match(text).map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);

describe('a list of three symptoms named as nouns anchors its forms (symptom-list.ts)', () => {
  it.each<[string, string[]]>([
    // Lists of patient pages and leaflets, whose leg is named in a heading or a sentence before.
    ['numbness, weakness or pins and needles', ['numbness', 'weakness', 'pins and needles']],
    ['Typical signs include pain, swelling and tenderness.', ['swelling', 'tenderness']],
    // Items that are no form but a leaflet's signs (held23's articles, the nineteenth session).
    [
      'Additional symptoms may include paleness, numbness, reduced sensation, weakness or tingling.',
      ['numbness', 'weakness', 'tingling'],
    ],
    [
      'Symptoms of bruising, cramping, numbness and weakness can follow.',
      ['bruising', 'cramping', 'numbness', 'weakness'],
    ],
    ['Watch for swelling, mild bruising or redness.', ['swelling', 'bruising', 'redness']],
    ['It causes swelling, numbness and weakness of the limb.', ['swelling', 'numbness', 'weakness']],
    // An "-ing" noun before "where" (the skinmark15 round): the place of the list.
    ['Swelling, numbness and bruising where the needle went in.', ['Swelling', 'numbness', 'bruising']],
    // Anchored, so never red: no lower-limb word says so.
    ['Tenderness, swelling and pain after a long flight', ['Tenderness', 'swelling']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    // Adjectives: the everyday lists (everyday.probe-realforum.txt).
    ['After the defeat the team looked weak, stiff and numb.', 'adjectives'],
    ['The peaches arrived bruised, tender and swollen after the long drive.', 'adjectives'],
    // An "-ing" word before the noun it describes is an adjective.
    ['Analysts flagged weakness, tightness and swelling inventories across the sector.', '"swelling inventories"'],
    // Two symptoms are not enough, and a colour or a temperature is no entry form.
    ['The weakness and stiffness of the plan were plain.', 'two items'],
    ['Judges praised the tenderness, juiciness and smoky warmth of the brisket.', 'one entry form'],
    // Words between the items that are not a joint break the list.
    ['The river was swollen, the bridge weak and the town numb.', 'no joint'],
    // Another sense in the sentence.
    ['The lamb had tenderness, swelling and bruising from the long haul to market.', 'a farm'],
  ])('%s marks nothing (%s)', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
