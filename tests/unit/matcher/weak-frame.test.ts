import { describe, expect, it } from 'vitest';
import { NO_ANCHOR_WORDS } from '../../../src/matcher/anchor-words.ts';
import { compileMatcher } from '../../../src/matcher/compile-matcher.ts';
import { isLeftOutWeakFrame } from '../../../src/matcher/weak-frame.ts';

/** A small pack: "weak" is an urgent weak form, and "so weak" a frame after a leg word. */
const matcher = compileMatcher(
  [{ id: 'weakness', forms: [{ text: 'weak', sense: 'weak' }], isUrgent: true, isSymptom: true }],
  {
    ...NO_ANCHOR_WORDS,
    framed: ['leg', 'foot'],
    framesBefore: ['my'],
    framesAfter: ['pain', 'so weak', 'is so weak', 'are so weak', 'very weak'],
  },
);

const marks = (text: string) =>
  matcher.match(text).map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);

// The red hunt (issue 11): "so weak" after a leg word said of a table, a ladder or a footballer's
// foot was red. A frame of weakness now needs a person before the leg: an owner or a family name.
describe('a frame of weakness needs a person before the leg', () => {
  it.each<[string, string, string[]]>([
    ['an owner', 'Her legs are so weak now.', ['weak!']],
    ['an owner, another tense', 'His legs were so weak he sat down.', ['weak!']],
    ['an owner and no verb', 'her legs so weak today', ['weak!']],
    ['a family name and a word of time', 'dad leg suddenly very weak', ['weak!']],
    ['a family possessive (a frame of its own)', "Mum's legs are so weak.", ['weak!']],
    ['"my" (a frame of its own)', 'My legs are so weak.', ['weak!']],
    ['no one: a table', 'The legs are so weak on this cheap table.', []],
    ["no one: a ladder's legs", "The ladder's legs are so weak.", []],
    ["no one: a footballer's foot", "The striker's foot is so weak that he never shoots.", []],
    ['no one, even in a post (the price of the rule)', 'legs so weak after chemo', []],
    ['other frames after a leg word need no one', 'Leg pain left it weak.', ['weak!']],
  ])('%s: %s', (_, text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

// The relative15 round: a plain "is weak" frames a person's leg as "is very weak" did, but not a
// joint's weakness, a feeling's nor an athlete's legs in a race (weak-frame.ts, asked by left-out-frames.ts).
describe('a frame of weakness left out', () => {
  /** Whether the frame `frame`, found in `text`, is left out. */
  const isLeftOut = (text: string, frame: string) => {
    const start = text.indexOf(frame);
    return isLeftOutWeakFrame(text, start, start + frame.length);
  };

  it.each<[string, string, boolean]>([
    ['His legs are weak, he can barely stand.', 'His legs are weak', false],
    ["Dad's legs are very weak since the stroke.", "Dad's legs are very weak", false],
    ['Her knees were weak when he smiled.', 'Her knees were weak', true],
    ['my ankles are so weak', 'my ankles are so weak', true],
    ['His legs were weak in the final kilometre.', 'His legs were weak', true],
    ['His legs were weak in the last 2.5 km of the stage.', 'His legs were weak', true],
    ['After the race his legs were very weak.', 'his legs were very weak', true],
    ['His legs are weak from the climb, the team boss said.', 'His legs are weak', true],
    ["His legs are weak and he can't climb the stairs.", 'His legs are weak', false],
    ['Her legs were weak in the second set.', 'Her legs were weak', true],
    ['His legs are weak after three weeks of racing.', 'His legs are weak', true],
    ['Her legs were weak with fright.', 'Her legs were weak', true],
    ['We watched the race. Her legs are weak today.', 'Her legs are weak', false],
    ['His legs are swollen after the race.', 'His legs are swollen', false],
  ])('%s (%s) → %s', (text, frame, expected) => {
    expect(isLeftOut(text, frame)).toBe(expected);
  });
});
