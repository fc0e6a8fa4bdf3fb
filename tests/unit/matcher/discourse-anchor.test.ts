// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksAfter, marksOf as marks } from '../../support/engine-harness.ts';

describe('a symptom noun takes the leg named a few sentences before in its block (discourse-anchor.ts)', () => {
  it.each<[string, string, string[]]>([
    [
      'A calf strain is a tear in the muscles at the back of the lower leg.',
      'Pain and some tenderness come first.',
      ['tenderness'],
    ],
    [
      'Cramps in the calf are common among swimmers.',
      'Cramping that comes on mid-length is the muscle tiring.',
      ['Cramping'],
    ],
    ['My mum’s ankles swell every evening.', 'The swelling goes down overnight.', ['swelling']],
    // Up to four sentences back, never red (no lower-limb word in its own sentence).
    [
      'I tore my Achilles last year. It was a long winter. The rehab was slow.',
      'The stiffness each morning was the worst.',
      ['stiffness'],
    ],
    ['DVT is a clot in a deep vein of the calf.', 'Swelling that lasts should be checked.', ['Swelling']],
    // A cause that points back, and "a" before a word of time (no object).
    ['A calf strain tears the muscle.', 'This injury causes noticeable pain and swelling.', ['swelling']],
    [
      'Ankle swelling after flying is common.',
      'However, persistent swelling a week after flying needs a check.',
      ['swelling'],
    ],
    // A cramp a pain is likened to: the article is no trait's.
    ['By Friday my right calf was killing me.', 'It felt like a cramp that would not go away.', ['cramp']],
    // "eye-opener" names no eye.
    [
      'By evening my ankle was the size of a grapefruit.',
      'The swelling was bad, but the bruising was the real eye-opener.',
      ['swelling', 'bruising'],
    ],
  ])('%s / %s marks %j', (lead, text, expected) => {
    expect(marksAfter(lead, text)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    // Sport, news, fiction: an owner or an article of a trait, or what it is of.
    ['He injured his knee in training.', 'The weakness showed in the second half.', 'a trait needs a second symptom'],
    ['Smith limped off with a calf strain.', "The team's weakness at set pieces was exposed.", 'an owner'],
    ['She iced her swollen ankle.', 'He looked at her with a tenderness she had not seen.', 'an article'],
    ['I rolled my ankle on Saturday.', 'The new rule felt like a cramp on the whole league.', 'likened, with a place'],
    ['He rubbed his aching calf.', 'The swelling of the tide lifted the boats.', 'what it is of'],
    ['My shins were sore from the sprints.', 'The swelling is on the river now.', 'a place'],
    ['She twisted her ankle skiing.', 'The swelling crowds at the airport were a nightmare.', 'an adjective'],
    [
      'My calf has been sore since Sunday.',
      'The new rules cramp the style of small brokers.',
      'a verb with its object',
    ],
    ['My calf has been sore since Sunday.', "The new rules cramp an athlete's freedom.", 'a verb with its object'],
    [
      'He rolled his ankle.',
      'Analysts flagged weakness, tightness and swelling inventories.',
      '"swelling inventories"',
    ],
    // Another part of the body, another condition, a noun before the form, a joint's stiffness.
    ['I twisted my ankle yesterday.', 'The numbness in my fingers from the cold is worse.', 'another part'],
    ['A DVT is a blood clot in the calf.', 'Shingles causes a painful rash and tingling.', 'another condition'],
    ['My calf has been sore since Sunday.', 'Sole tingling? No, just new trainers.', 'a noun before the form'],
    ['Knee replacement six weeks ago, physio twice a week.', 'The stiffness is worst in the morning.', 'a joint'],
    // Another sense between, or in the sentence; adjectives take nothing.
    ['I hurt my ankle. Roast the leg of lamb for four hours.', 'The swelling should settle.', 'another sense between'],
    ['My knee is sore.', 'The market looked weak and tight all week.', 'adjectives'],
  ])('%s / %s marks nothing (%s)', (lead, text) => {
    expect(marksAfter(lead, text)).toEqual([]);
  });
});

// A time after a sign named as a noun is no place it is of (discourse-anchor.ts `TIME_AFTER`).
describe('a symptom noun before a time takes the leg named before (discourse-anchor.ts)', () => {
  it.each<[string, string[]]>([
    ['I broke my ankle in March. I still get some swelling at night.', ['broke', 'ankle', 'swelling']],
    ['My calf has been sore since the 10k. There is some tightness in the mornings.', ['calf', 'tightness']],
    ['The river rose all week. The swelling at night kept the farmers awake.', []],
    ['Our team lost on Saturday. The tightness at the top of the table worries the fans.', []],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
