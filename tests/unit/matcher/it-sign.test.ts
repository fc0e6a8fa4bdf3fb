// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundledMatcher as matcher } from '../../support/engine-harness.ts';

/** The marks of `text`, after the block `earlier` where given, each red one with a "!". */
const marksOf = (text: string, earlier?: string) =>
  matcher
    .match(text, undefined, earlier === undefined ? undefined : () => earlier)
    .map((match) => `${text.slice(match.start, match.end)}${match.isUrgent ? '!' : ''}`);

// Probes written for the rule (issue 11, itsign round), in our own words: the line before, then the
// line with "it" or "they", read as two blocks (a post split in lines) and as one block.
describe('a state said of "it" right after the writer\'s leg (it-sign.ts), never red', () => {
  it.each<[string, string, string]>([
    ['Pulled my calf on Sunday.', 'It still feels really tight.', 'tight'],
    ['My calves are sore.', 'They are so stiff in the mornings.', 'stiff'],
    ['My left calf took a knock in training.', 'It is still tender to the touch.', 'tender'],
    ['I tweaked my calf doing sprints.', 'It feels weak when I run.', 'weak'],
    ['My calf has been aching for a week.', 'It feels warm.', 'warm'],
    ['My hamstring went on the last rep.', "It's still tight three days later.", 'tight'],
    ['My lower legs ache at night.', 'They feel tight all the next day.', 'tight'],
    ['I massaged my calves with the roller.', 'And now they are still stiff.', 'stiff'],
    // A known limit of the thread round until this one (known-limits-earlier.ts).
    ['The backs of my legs are still sore.', 'They are so stiff.', 'stiff'],
  ])('%s / %s', (earlier, text, mark) => {
    expect(marksOf(text, earlier)).toEqual([mark]);
    expect(marksOf(`${earlier} ${text}`)).toContain(mark);
    expect(marksOf(`${earlier} ${text}`)).not.toContain(`${mark}!`);
  });

  it.each<[string, string]>([
    // Not the body before: boots, a game, money, a team, meat, a door.
    ['My boots arrived yesterday.', 'They are tight across the toes.'],
    ['The derby went to extra time.', 'It was tight until the last kick.'],
    ['I paid the rent this morning.', 'It is tight this month.'],
    ['The lamb shanks came out of the oven.', 'They were so tender.'],
    ['The old door sticks in winter.', 'It gets stiff when it rains.'],
    ['My calves are too big for these boots.', 'They are so tight.'],
    ['My legs look great in these.', 'They are tight but comfy.'],
    // The writer's leg, then a dummy "it": the day, a race, time, an excuse.
    ['My legs were fine on the ride home.', 'It was warm and windy the whole way.'],
    ['My legs carried me to the finish.', 'It was a tight race in the end.'],
    ['I went for a walk to rest my legs.', 'It was tight for time before the train.'],
    ['My calves got a tan at the beach.', 'It was warm all week.'],
    // A farm's calf, a leg of lamb, a joint (weakness and stiffness there are the joint's).
    ['My calf at the farm is a week old.', 'It is still weak on its feet.'],
    ['My calves were born in the barn in March.', 'They are still weak.'],
    ['My left leg of lamb was a gift.', 'It was tender.'],
    ['I twisted my ankle on the trail.', 'It feels weak.'],
    // Another region nearer, a question, or not the next sentence.
    ['My neck and my calf are sore.', 'It feels stiff.'],
    ['Is my calf torn?', 'It feels weak.'],
  ])('%s / %s stays unmarked', (earlier, text) => {
    expect(marksOf(text, earlier)).toEqual([]);
  });
});

describe('a thing\'s state said of "it" reads no leg back (isThingsState, it-sign.ts)', () => {
  const states = (text: string) => marksOf(text).filter((mark) => /^(?:tight|stiff|weak|tender|warm)/.test(mark));
  it.each<[string, string[]]>([
    // By what follows the state, or a plain "it was" of a game's tightness or weakness.
    ['Smith twisted his knee in the first half. It was weak all night at the back.', []],
    ['My knee brace came in the post. It was stiff out of the box.', []],
    ['My left calf is fine. They were weak in the second half.', []],
    ['My calf is fine now. It was tight, but we got the win.', []],
    ['My calves are my best feature. They are tender subjects with my sister.', []],
    ['My legs were fine on the hike. They are weak on stamina, the guides said.', []],
    // The body's, by its tail or a second symptom: the older rules' marks are kept.
    ['My calf is bruised. It was tender for a week.', ['tender']],
    ['Felt a ping in my right calf. It was tender and swollen by the evening.', ['tender!']],
    ['My calf is sore. It was tight and aching in the morning.', ['tight']],
  ])('%s → %j', (text, expected) => {
    expect(states(text)).toEqual(expected);
  });
});
