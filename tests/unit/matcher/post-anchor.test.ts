// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksAfter } from '../../support/engine-harness.ts';

describe("a post's exercise and cramps take the leg its writer named a few sentences before (post-anchor.ts)", () => {
  it.each<[string, string, string[]]>([
    // First person, two or three sentences on; never red.
    [
      'My calves are killing me after the marathon. The race was hot.',
      'Last night it cramped up again and I was cramping every night this week.',
      ['cramped up', 'cramping'],
    ],
    ['My left calf hurts. The race was hot.', 'I get a cramp at mile ten.', ['cramp']],
    ['My left calf hurts. The race was hot.', 'I warm up for ten minutes first.', ['warm up']],
    // "the cramp": the one the post is about.
    [
      'My left calf has been sore for a week. The physio says rest. I always warm up properly now.',
      'NOTHING makes the cramp go away.',
      ['cramp'],
    ],
    // "the cramps" before a place is another thing's; a time is the post's.
    ['I get cramps in my calf most nights. Work is busy.', 'The cramps in the housing market are another story.', []],
    ['I get cramps in my calf most nights. Work is busy.', 'The cramps at night are the worst.', ['cramps']],
    // Said of "it", with only the writer between.
    [
      'I pulled my calf two weeks ago. I rested it all week.',
      'It feels healed, and then it will cramp up again.',
      ['cramp'],
    ],
    ['My feet go numb on long rides.', 'If they only feel numb while riding, it is the shoes.', ['numb']],
    // The everyday senses: an object, what it is of, another kind, an owner, a noun after, a feeling.
    ['My calf is sore after Sunday. Anyway, money is short.', 'I need to stretch the budget this month.', []],
    ['I rolled my ankle last week. The gig went ahead.', 'I had to warm up the crowd for the band anyway.', []],
    ['My knee is fine now. We lost on Saturday.', 'I felt a cramp of guilt when I missed the match.', []],
    ['My ankle is better. Work is busy.', 'I also get period cramps every month.', []],
    ['My leg is fine. Christmas is coming.', "I have writer's cramp from signing cards.", []],
    ['My calf was sore after the game. Work is busy.', 'I have a stretch goal for the quarter.', []],
    ['I hurt my knee at work. The boss was furious.', 'I went numb when he shouted.', []],
    ['I hurt my knee at work. I got home late.', 'It tingled with excitement, the whole flat.', []],
    // Someone else's leg, or "it" after someone else was named.
    ['He twisted his ankle in the first half. We held on.', 'I stretched out on the sofa with a film.', []],
    ['I pulled my calf two weeks ago. The physio says rest.', 'It feels healed, and then it will cramp up again.', []],
  ])('%s / %s', (lead, text, marks) => {
    expect(marksAfter(lead, text)).toEqual(marks);
  });
});

describe('a relaxed form of exercise takes the sentence before only without an object (post-anchor.ts)', () => {
  it.each<[string, string, string[]]>([
    ['My calf is sore after Sunday.', 'I need to stretch the budget this month.', []],
    ['I rolled my ankle last week.', 'I had to warm up the crowd for the band anyway.', []],
    ['Tight calves?', 'I stretch every day.', ['stretch']],
    // A cramp or a spasm of a feeling.
    ['My calf is sore after the run.', 'The silence felt like a spasm of guilt.', []],
    ['My calf is sore.', 'I stretched it out and it eased.', ['stretched']],
    // Other relaxed forms keep the sentence before whatever follows them.
    ["My gran's ankles bruise if you look at them.", 'Is easy bruising a blood thinner thing?', ['bruising']],
  ])('%s / %s', (lead, text, marks) => {
    expect(marksAfter(lead, text)).toEqual(marks);
  });
});
