// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundledMatcher, cardsOf } from '../../support/engine-harness.ts';
import { MAX_SENTENCE } from '../../../src/matcher/long-sentence.ts';

describe("a cramp said as the leg's by its shape (cramp-said.ts)", () => {
  it.each<[string, string[]]>([
    // The mass noun after a verb of having or a preposition.
    ['I get cramp a lot, usually after football.', ['cramp→leg-cramp']],
    ['Anyone else suffer from cramp? It is driving me mad.', ['cramp→leg-cramp']],
    ['Sounds like cramp to me. Drink more and take some salt.', ['cramp→leg-cramp']],
    ['I always go down with cramp in extra time.', ['cramp→leg-cramp']],
    ['Twenty minutes into the game the striker went down with cramp.', ['cramp→leg-cramp']],
    // A post's cry, before the sentence that names its setting or its workout.
    ['Cramps again. Long ride yesterday and I could not finish it.', ['Cramps→leg-cramp']],
    ['Ugh, cramping! Forty minutes into my swim and I had to hang on the rope.', ['cramping→leg-cramp']],
    ['CRAMPING!! Dialysis ran long today.', ['CRAMPING→leg-cramp']],
  ])('%s marks %j, none red', (text, expected) => {
    expect(cardsOf(text)).toEqual(expected);
  });

  it.each<string>([
    // The mass noun of another part, kind or sense, or after one named right before.
    'I got cramp in my stomach after lunch.',
    'She had cramp and diarrhoea for two days after the buffet.',
    'He got cramp in his hand writing the cheque.',
    'I get cramp when I am on my period.',
    'She gets cramp every month, always the day before it starts.',
    'I swam after eating. Had cramp so bad I had to get out.',
    'The horse got cramp after the race and the vet was called.',
    'Jonathan Cramp scored twice for the visitors.',
    'He lay there with cramp in his soul, staring at the ceiling at 3am.',
    'Rehydration salts are cheap. Cramps from cholera kill quickly without them.',
    'Played guitar for six hours straight. Got cramp and had to stop.',
    // A cry before another kind or part, and a cry with nothing after.
    'Cramps again. Ate too much at dinner.',
    'Ugh, cramps! Day two of my period and I have a run planned.',
    'Ugh, cramps. Long day of exams and my hand is dead.',
    'Cramps again.',
  ])('%s marks nothing', (text) => {
    expect(cardsOf(text)).toEqual([]);
  });
});

describe('a bare cramp on a line of its own after another kind (cramp-said.ts, cause-before.ts)', () => {
  it.each<[string, string, string[]]>([
    ['Played guitar for six hours straight.', 'Got cramp and had to stop.', []],
    ['I swam after eating.', 'Had cramp so bad I had to get out.', []],
    ['My period started yesterday.', 'The cramping is awful, I get cramp in bed.', []],
    // The leg named in the line before, or a setting: the leg's.
    ['Woke up with a charley horse in my left calf.', "Now I'm scared of another cramp.", ['cramp']],
    ['Three hours into the ride.', 'Then the cramping started.', ['cramping']],
  ])('after %j, %s marks %j', (earlier, text, expected) => {
    const found = bundledMatcher.match(text, undefined, () => earlier);
    expect(found.map((match) => text.slice(match.start, match.end))).toEqual(expected);
  });
});

describe('the first sentence a line before may explain is at most MAX_SENTENCE long (cause-before.ts)', () => {
  // A run with no stop (a pasted list, a long comment) after another kind's line: only the cramps of
  // its first MAX_SENTENCE characters are the guitar's, not every cramp of the run (review17).
  const text = 'I get cramps at night, '.repeat(100);
  const found = bundledMatcher.match(text, undefined, () => 'Played guitar all day.');
  it.each<[string, number, number]>([
    ['within the first sentence', 0, MAX_SENTENCE],
    ['after it', MAX_SENTENCE, text.length],
  ])('cramps %s keep their marks: %i to %i', (_, from, to) => {
    const all = text.slice(from, to).match(/cramps/g)!.length;
    const kept = found.filter((match) => match.start >= from && match.start < to).length;
    expect(kept).toBe(from === 0 ? 0 : all);
  });
});
