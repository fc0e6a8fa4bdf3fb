// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundledMatcher, marksOf as marks } from '../../support/engine-harness.ts';

/** The marks of `text` read as a block after the post's earlier blocks `earlier` (one a line). */
const marksAfterBlocks = (earlier: string, text: string) =>
  bundledMatcher
    .match(text, undefined, () => earlier)
    .map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);

describe("a fitting page's boots, socks and insoles, and a lift's stretch, take no leg card (the fit-page round)", () => {
  it.each<[string, string[]]>([
    // fit-talk.ts: "snug, not tight" with no worn thing in the sentence; "tight nowhere".
    ['Snug, not tight: your foot should sit still with no pressure on the toes.', []],
    ['Trail shoes should fit snug everywhere and tight nowhere, so your toes can spread.', []],
    // thing-stretch.ts: a boot's, a sock's or the hours' stretch.
    ['Leather hiking boots protect your feet and ankles, which is why they seldom stretch much.', ['ankles']],
    ['Canvas sneakers stretch a little with wear, so a snug fit around your toes is fine.', []],
    ['Hiking socks in merino stretch back into shape and never pinch the toes.', []],
    ['On a long flight the hours stretching ahead feel endless, so flex your ankles.', ['ankles']],
    // garment-length.ts: the calf or the knee where a sock ends; the wearer's calf stays.
    ['Over-the-calf socks come in four sizes, so measure your calf at its widest point.', ['calf']],
    ['Below-the-knee stockings for your calves, in three sizes.', ['calves']],
    // thing-flexibility.ts: a sole's, a foam's, a design's flexibility.
    ['The flexibility of the midsole makes the shoe quick off the toes and kind to your heel.', []],
    ["The sole's flexibility lets the shoe bend where your foot and toes bend.", []],
    ['Forefoot flexibility in the outsole matters for a runner with sore toes.', []],
    // tissue-stretch.ts: a lift that pulls and stretches.
    ['Heavy lifting strains and stretches the muscles of the lower back.', []],
    // The pack: a collapse onto the knees.
    ['Collapsing on my knees in the snow, I prayed for the storm to pass.', []],
    // Kept: a person's own calf, flexibility and stretch beside the same words.
    ['My calves were tight in the new shoes for the whole first week.', ['calves', 'tight']],
    ['The boots are snug, not tight, but my calf muscles are sore and tight.', ['calf muscles', 'tight']],
    ['I stretch my calves every night because the new boots rub.', ['stretch', 'calves']],
    ['She pulls and stretches her calves with a towel every morning.', ['stretches', 'calves']],
    ['The flexibility of my calf muscles is better since yoga.', ['flexibility', 'calf muscles']],
    ['My calf flexibility in the new shoes is worse, so I stretch more.', ['calf', 'flexibility', 'stretch']],
    ['I collapsed after the race and my knee is swollen now.', ['knee', 'swollen!']],
  ])('%s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe("a post about a period: its cramps are not the leg's, whichever block names the period (period-post.ts)", () => {
  it.each<[string, string, string[]]>([
    ['My period started on Monday.', 'Even a gentle jog after school made the cramps worse.', []],
    ['Every month it is the same with my period.\nI still go to spin class.', 'The cramps ease once I am moving.', []],
    // A leg named in the post or the block, a muscle named in the block, or no period: the rules as before.
    [
      'My period is due this week.\nOn my run today my calf cramped badly.',
      'The cramps came back at night.',
      ['cramps'],
    ],
    ['My period is due this week.', 'Jogging gave me cramps in both calves.', ['cramps', 'calves']],
    ['Heat helps with menstrual pain.', 'Heat relaxes the muscles, easing pain and spasms.', ['spasms']],
    ['I ran ten miles on Sunday.', 'Even a gentle jog after that made the cramps worse.', ['cramps']],
  ])('%s | %s', (earlier, text, expected) => {
    expect(marksAfterBlocks(earlier, text)).toEqual(expected);
  });
});
