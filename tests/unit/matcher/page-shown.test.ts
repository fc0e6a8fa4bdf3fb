// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundledMatcher } from '../../support/engine-harness.ts';

const id = (entry: string) => `calf-muscle/${entry}`;
const shownOf = (...entries: string[]) => new Set(entries.map(id));

/** The marks of `text` given the entries the page has shown, each red one with a "!". */
const marksShown = (text: string, shown: ReadonlySet<string>) =>
  bundledMatcher
    .match(text, undefined, undefined, undefined, shown)
    .map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);

describe('a weak form of an entry the page has shown takes its sense (page-shown.ts)', () => {
  it.each<[string, string[], string[]]>([
    // Named again with no anchor of its own, once the page has shown the entry; never red.
    ['It still swells up a bit if he walks around.', ['edema'], ['swells']],
    ['The next morning, the swelling had gone down.', ['edema'], ['swelling']],
    ['Or is the stiffness just a passing thing?', ['muscle-stiffness'], ['stiffness']],
    ['Could that be a reason for getting a cramp?', ['leg-cramp'], ['cramp']],
    ['Cramping is bad, they told us.', ['leg-cramp'], ['Cramping']],
    ['No pain, just puffy.', ['edema'], ['puffy']],
    // Only the entries shown.
    ['The next morning, the swelling had gone down.', ['muscle-stiffness'], []],
    ['The next morning, the swelling had gone down.', [], []],
    // The shapes of the everyday use: an "-ing" adjective, a place that is no body's, an object,
    // an owner that is a thing or a group, a lump nobody points back to.
    ['The swelling crowds cheered the bus.', ['edema'], []],
    ['That lump in the gravy is why I never use packets.', ['lump'], []],
    ['Stir the sauce until no lump remains.', ['lump'], []],
    ['The cramps in the housing market are another story.', ['leg-cramp'], []],
    ["The club's tightness at the back cost them.", ['muscle-stiffness'], []],
    ['Their cramps were period pains, they said.', ['leg-cramp'], []],
    ['New rules cramp the style of small shops.', ['leg-cramp'], []],
    // Bare adjectives of a thing's quality, and the nouns of a trait with no second symptom.
    ['It is like a tight rubber band.', ['muscle-stiffness'], []],
    ['I made sure the boots were not too stiff.', ['muscle-stiffness'], []],
    ['The tenderness he showed her was new.', ['tenderness'], []],
    // A sentence of another sense or with an animal keeps its own rules.
    ['The calf was swollen after the birth, the vet said.', ['edema'], []],
  ])('%s (shown: %j) marks %j', (text, entries, expected) => {
    expect(marksShown(text, shownOf(...entries))).toEqual(expected);
  });

  it('takes the sense its own block shows, sentences on', () => {
    const block = 'My boyfriend broke his ankle. It still swells up a bit if he walks around.';
    expect(marksShown(block, new Set())).toEqual(['broke', 'ankle', 'swells']);
  });
});

describe('what a match tells the page (Matcher.lastShown, lastLeft)', () => {
  it('names the entries its own anchors show', () => {
    bundledMatcher.match('My calf is swollen.');
    expect([...bundledMatcher.lastShown].sort()).toEqual([id('calf-muscle'), id('edema')]);
    expect(bundledMatcher.lastLeft).toEqual([]);
  });

  it('names the entries of weak forms left for want of an anchor', () => {
    bundledMatcher.match('The swelling had gone down by morning.');
    expect(bundledMatcher.lastShown).toEqual([]);
    expect(bundledMatcher.lastLeft).toEqual([id('edema')]);
  });

  it('shows nothing by a mark the shown entries made, and leaves nothing of them', () => {
    const marks = bundledMatcher.match(
      'The swelling had gone down.',
      undefined,
      undefined,
      undefined,
      shownOf('edema'),
    );
    expect(marks).toHaveLength(1);
    expect(bundledMatcher.lastShown).toEqual([]);
    expect(bundledMatcher.lastLeft).toEqual([]);
  });

  it('forgets the last block at the next match', () => {
    bundledMatcher.match('The swelling had gone down by morning.');
    bundledMatcher.match('No term here at all.');
    expect(bundledMatcher.lastLeft).toEqual([]);
    expect(bundledMatcher.lastShown).toEqual([]);
  });
});
