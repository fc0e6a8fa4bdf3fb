// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../src/glossary/bundled-packs.ts';
import { compileMatcher } from '../../../src/matcher/compile-matcher.ts';
import { anchorWordsFromPacks, entriesFromPacks } from '../../../src/matcher/entries-from-packs.ts';

const matcher = compileMatcher(entriesFromPacks(BUNDLED_PACKS), anchorWordsFromPacks(BUNDLED_PACKS));

/** The marks of the last sentence of `text`, `!` for red. */
const marksAfter = (text: string) => {
  const from = Math.max(text.lastIndexOf('. '), text.lastIndexOf('? ')) + 2;
  return matcher
    .match(text)
    .filter((match) => match.start >= from)
    .map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);
};

describe('a fragment said of the body part the sentence before named (block-anchor.ts)', () => {
  it.each<[string, string[]]>([
    ['Rolled my ankle on Saturday. Still swollen and a bit warm today.', ['swollen', 'warm']],
    ['My calf has ached for a week. No swelling, just sore.', ['swelling']],
    ['Twisted my knee getting off the bus. Really swollen this morning.', ['swollen']],
    ['My calf is aching after I stood all day. No redness, no swelling.', ['redness', 'swelling']],
    ['Sprained my ankle playing netball. Swollen, bruised and sore.', ['Swollen', 'bruised']],
    ['My right ankle went over on a kerb. Bit swollen but I can walk on it.', ['swollen']],
    ['My calf went rock hard during spin class. Tight ever since.', ['Tight']],
    ["My dad's legs have been bad lately. Swollen by the end of the day.", ['Swollen']],
    // A weekday after "on" is a time, not a place (pointback round).
    ['I rested my knee all weekend. Still swollen on Monday.', ['swollen']],
  ])('%s marks %j, never red', (text, expected) => {
    expect(marksAfter(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    // An adjective before its noun, or any word of a list that is no symptom.
    ['Smith hurt his ankle in training. Weak finishing cost them the game.', 'a noun after'],
    ['I hurt my calf on Sunday. Tender, juicy steak at the pub made up for it.', 'a list of no symptoms'],
    ['She rolled her ankle on the stage. Stiff and formal, the reviewers called the show.', 'a later subject'],
    ['My ankle is still strapped. Weak and watery, the coffee at the clinic.', 'a later subject'],
    // Not any preposition after the form.
    ['He injured his knee in March. Weak in defence all season, too.', '"in" after'],
    ['He hurt his ankle at training. Weak by his standards, the coach said.', '"by" after'],
    ["I hurt my knee on Tuesday. Tender for the council's road contract closes Friday.", '"for" after'],
    ['He hurt his knee at training. Weak on the left, the back four conceded twice.', '"on" before no weekday'],
    // A noun form only after "no".
    ['He injured his knee in the derby. Weakness at full-back has been exposed ever since.', 'a noun form'],
    // A subject of its own, another sense, a question before, a frame that names no one.
    ["He injured his knee in March. The club's weakness in defence cost them.", 'a subject'],
    ['Our dog hurt his leg chasing a squirrel. Swollen paw, so off to the vet.', 'a pet'],
    ['Did you roll your ankle too? Swollen already after one run.', 'a question before'],
    ['The ankle pain came back. Swollen again today.', 'no owner'],
    // The sentence right before only: two sentences back is the thread rule's (thread-leg.test.ts).
  ])('%s marks nothing there (%s)', (text) => {
    expect(marksAfter(text)).toEqual([]);
  });
});
