// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundledMatcher } from '../../support/engine-harness.ts';

const marks = (text: string) =>
  bundledMatcher.match(text).map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);

describe('an urgent sign said of the leg itself is red (limb-sign.ts)', () => {
  it.each<[string, string[]]>([
    ['The leg is red and I feel shivery.', ['red!']],
    ['My shin went really red overnight.', ['red!']],
    ['My red leg is no better today.', ['red!']],
    ['Her leg throbbed and was hot to the touch.', ['hot to the touch!']],
    ['A red patch on the front of my right leg is new today.', ['red!']],
    ['The redness crept up to the knee by evening.', ['redness!']],
    ['There is swelling over a wide area of the leg.', ['swelling!']],
    // Spots, many, on a person's part (the body-list round).
    ['There are red bumps on my shin that were not there yesterday.', ['red!']],
    ['Red patches on the back of my legs that will not fade.', ['Red!']],
    ['Little red spots on both heels since Sunday.', ['red!']],
    // Asked (the sign17 round): the verb before the leg, or the leg before "to be".
    ['Why is my leg red?', ['red!']],
    ['Is it normal for my shin to be so red?', ['red!']],
    ['Why are my legs still swollen?', ['swollen!']],
    // Warmth in or over a person's part of the leg (the sign17 round).
    ['Should I be worried about warmth in my leg?', ['warmth!']],
    ['Could the warmth in my shin be serious?', ['warmth!']],
    // A jab is a clear reason (no red), but red bumps are the skin's all the same (red-lesion.ts).
    ['Small red bumps on his thigh where the jab went in.', ['red']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['I wore a red sock on my leg.', 'a red thing on the leg, not the leg'],
    ['The boots have red patches on the heels.', "spots on no person's part"],
    ['The doll has red dots on the knees for blush.', "spots on no person's part"],
    ['Red dots on the table legs show where to drill.', "a table's legs"],
    ['Red marks on my legs where the strap sat.', 'a clear reason: a strap'],
    ['Our legs were red from the sun all week.', 'a clear reason: the sun'],
    ['A red-legged partridge ran past.', 'a compound, a bird'],
    ['The leg of the race was hot.', 'a stage of a race'],
    ['The red leg of the chair snapped.', 'furniture'],
    ['A red calf stood in the field.', 'an animal'],
    ['My leg is warm under the blanket.', 'bare warmth is not read'],
    ['His legs were red with mud by half time.', 'a colour a thing gives'],
    ['My legs went red after the hot tub.', 'a clear reason: the tub'],
    ['Tenderness over the calf market gave way to low prices.', 'the calf of a market'],
    ['A numbness came over him at the news as he sat cross-legged.', 'a feeling, not the leg'],
    ['Numbness after sitting cross-legged through the meeting.', 'a leg compound places no sign'],
    ['A dead leg from the tackle, and the tingling still has not gone.', 'a leg compound places no sign'],
    ['She felt a warmth in her legs when he smiled.', '"a warmth" is a feeling'],
    ['I love the warmth in my legs after a long run.', 'warmth enjoyed'],
    ['The sleeve gives gentle warmth around your shin.', 'warmth given by gear'],
    ['There was real warmth around the leg of the old stove.', 'no person owns the part'],
    ['A warmth spread through my legs as the whisky kicked in.', 'a spread is no warmth in the leg'],
    ['Why are my legs red after the beach?', 'a clear reason: the beach'],
  ])('%s stays unmarked (%s)', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
