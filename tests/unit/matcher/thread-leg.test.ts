// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundledMatcher as matcher } from '../../support/engine-harness.ts';

/** The marks of the block `text` after the blocks `earlier`, each red one with a "!". */
const marksOf = (text: string, earlier: string) =>
  matcher
    .match(text, undefined, () => earlier)
    .map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);

// Probes written for the rule (issue 11, pagethread round), in our own words: the writer names their
// leg, a line or more goes by, then a sign said with no leg of its own (thread-leg.ts).
describe("a thread's posts take the writer's leg named lines before (thread-leg.ts)", () => {
  it.each<[string, string, string[]]>([
    [
      'I went over on my left ankle on Monday.\nI iced it and kept it up.',
      'The swelling never went away.',
      ['swelling'],
    ],
    [
      'I banged my right shin on the trailer.\nI thought nothing of it.',
      'My bruise is the size of a saucer now.',
      ['bruise'],
    ],
    ['My right calf has ached since the run.\nI rested for two days.', 'I still have a lump, and it hurts.', ['lump']],
    ['I landed on my left knee on the ice.\nI walked home.', 'By Friday the swelling was down a bit.', ['swelling']],
    ['I twisted my left knee on the bus.\nI was fine at work.', 'Every evening I get swollen again.', ['swollen']],
    [
      'I stubbed my left foot last night.\nI hopped about.',
      'It feels numb and tingly this morning.',
      ['numb', 'tingly'],
    ],
    // "my swelling" has an owner, which the symptom-noun rule leaves out (a known limit before the round).
    [
      'My left leg has been swollen since the operation.',
      'I hoped the summer would get rid of my swelling.',
      ['swelling'],
    ],
    // Never red from the thread: the urgent sense is not said in the sign's own sentence.
    [
      'My left calf is red and hot after the flight.\nI rang the nurse.',
      'I still have a lump, and it is sore.',
      ['lump'],
    ],
  ])('%s / %s', (earlier, text, marks) => {
    expect(marksOf(text, earlier)).toEqual(marks);
  });
});

describe('what the thread rule leaves unmarked', () => {
  it.each<[string, string]>([
    // Other senses of the same words.
    ['I hurt my left knee at football.\nThe match was a draw.', 'The swelling crowds went home happy.'],
    ['I twisted my ankle last week.\nThe film was sad.', 'I felt numb when it ended.'],
    ['My right calf is sore from the hike.\nThe results came out.', 'The weakness of the pound hit my savings.'],
    ['I rolled my ankle on the walk home.\nDinner was a stew.', 'The beef was tender and the sauce was thick.'],
    ['I sprained my left ankle.\nThe rain kept on.', 'The swelling river reached the road.'],
    ['I rolled my left ankle in the park.\nI checked the markets.', 'The swelling in prices has spread to every shop.'],
    ['I knocked my left knee on the boat.\nThe crowd went quiet.', 'It was numb in the stands.'],
    ['My calf has been sore since Sunday.', 'The housing market is still in a cramp.'],
    // "tight", "weak", "warm", "tender" need a second symptom of another entry.
    ['My left calf was sore after the race.\nWe drove home.', 'It was tight at the finish, tight all the way.'],
    ['My knee gave way yesterday.\nMy daughter baked bread.', 'It was warm and soft inside.'],
    // Another region named nearer than the leg wins; a joint's stiffness is no muscle's.
    ['My right calf is fine now.\nThis week my wrist swelled up.', 'The swelling went down with ice.'],
    ['I hurt my left knee last winter.\nNow my lower back has gone stiff.', 'The stiffness is worst in the morning.'],
    ['I broke my right leg as a child.\nLast month I had a tooth out.', 'I still have a lump, and it aches at night.'],
    ['I went over on my ankle.\nIt was worse than usual.', "Now it's all stiff and aching."],
    // The leg must be the writer's: named with "my", in the first person.
    ['The keeper hurt his knee in the first half.\nThe match went on.', 'The swelling never went away.'],
  ])('%s / %s', (earlier, text) => {
    expect(marksOf(text, earlier)).toEqual([]);
  });
});

// Within one block the rule reads the sentences before the sign as it reads the blocks before.
describe("a post's sign takes the writer's leg named sentences before, in one block", () => {
  it.each<[string, string[]]>([
    // A fragment two sentences after the leg (the fragment rule reads one: block-anchor.test.ts).
    ['Rolled my ankle again. Same one as last year. Swollen already.', ['ankle', 'Swollen']],
    [
      'I strained my right calf at five-a-side. I sat on the bench. I still have a lump, and it aches.',
      ['calf', 'lump'],
    ],
  ])('%s', (text, marks) => {
    expect(matcher.match(text).map((match) => text.slice(match.start, match.end))).toEqual(marks);
  });
});
