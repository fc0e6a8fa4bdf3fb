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

// Probes written for the threadsign round (issue 11), in our own words: a sign's course, the writer's
// or "it"'s state with a degree, "they" of a person's legs, the writer's cramping, a place pointing back.
describe("the threadsign shapes take the writer's leg named lines before, never red", () => {
  it.each<[string, string, string[]]>([
    [
      'I pulled my right calf at five-a-side.\nIced it all weekend.',
      'The swelling took a week to go down.',
      ['swelling'],
    ],
    ['I cracked my right shin on a bench.', 'The swelling worries me more than the pain.', ['swelling']],
    ['I went over on my left ankle.\nI rested it on a cushion.', "I'm trying to keep the swelling down.", ['swelling']],
    ['I have a hard knot in my right calf.\nFoam rolling has not shifted it.', 'The knot is still there.', ['knot']],
    ['Day four after spraining my right ankle.\nI walk with a stick.', 'Should it be this swollen?', ['swollen']],
    ['I lost feeling on the top of my right foot.', "It's a bit less numb each week.", ['numb']],
    ['My legs gave out at mile twenty on Sunday.', 'I was still cramping on Monday.', ['cramping']],
    ["My dad's legs play up after a long coach trip.", 'The swelling took two days to go down.', ['swelling']],
    ['My dad came round after his flight.\nHe showed me his ankles.', 'They were really puffy.', ['puffy']],
    ['I landed hard on my right leg.', "There's a lot of bruising in that area now.", ['bruising']],
    ['I dropped a tin of paint on my left foot.', 'Got a nasty bruise on the side of it.', ['bruise']],
    ['My left calf is red and hot after the flight.', 'Should it be this swollen?', ['swollen']],
    ['I strained my left calf running for the bus.', 'Is it normal to be this swollen after a strain?', ['swollen']],
    ['Had my right knee scoped in October.', 'The numbness round the scar has never quite gone.', ['numbness']],
    ['I landed on my right ankle on Sunday.', "It's left a nasty bruise and I can barely walk.", ['bruise']],
    [
      'I went over on my right ankle in March.',
      'The numbness on the outside of the foot is still there.',
      ['numbness'],
    ],
  ])('%s / %s', (earlier, text, marks) => {
    expect(marksOf(text, earlier)).toEqual(marks);
  });

  it.each<[string, string]>([
    [
      'My calf has been sore since Sunday.\nFloodwater covered the high street.',
      'The swelling took a week to go down.',
    ],
    ['After my left knee op I wanted cosy clothes.\nI ordered two jackets online.', 'They were really puffy.'],
    [
      'I rolled my left ankle on Friday.\nThen I bought a peach at the market.',
      'There was a bruise on the side of it.',
    ],
    ['I hurt my right calf on the hike.\nThe tent was ancient.', 'The knot in the guy rope is still there.'],
    ['I pulled my left hamstring on Saturday.\nThen my dad died.', 'The numbness of grief was gone by summer.'],
    ['I pulled my right calf at the gym.\nWork is a nightmare.', "I'm trying to keep the swelling of my inbox down."],
    ['I banged my left shin on the pram.\nThe baby was up all night.', 'I was still numb from tiredness on Monday.'],
    ['The striker showed reporters his ankles.', 'They were really puffy.'],
    ['My right ankle has been sore.\nMy dad tied the boat up.', 'The knot has held all winter.'],
    ['I sprained my left ankle last month.\nThe election was a mess.', 'The bruising took weeks to heal in the party.'],
  ])('%s / %s → nothing', (earlier, text) => {
    expect(marksOf(text, earlier)).toEqual([]);
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
