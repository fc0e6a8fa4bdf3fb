// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cardsOf, marksOf } from '../../support/engine-harness.ts';

describe("a whole person's sign, no part named (person-sign.ts)", () => {
  it.each<[string, string[]]>([
    // A stiffness felt, woken with or had, with a body's frame after it or a bare end after "feel".
    ['My husband feels stiff all over since the diagnosis.', ['stiff→muscle-stiffness']],
    ['I woke up stiff again.', ['stiff→muscle-stiffness']],
    ['After chemo, mum is stiff in the mornings.', ['stiff→muscle-stiffness']],
    ['Is it normal to feel this stiff?', ['stiff→muscle-stiffness']],
    ['We both felt stiff and achy after the drive.', ['stiff→muscle-stiffness']],
    ['My grandmother has stiffness every morning.', ['stiffness→muscle-stiffness']],
    // Said back in the next sentence (repeat-anchor.ts, now that the block is read).
    ['I woke up stiff. This stiffness is new.', ['stiff→muscle-stiffness', 'stiffness→muscle-stiffness']],
    // Spasms had, or said as a verb beside a twitch; numbness and tingling all over.
    ['My son gets spasms at night.', ['spasms→muscle-spasm']],
    // The twitch takes the sense the spasms showed in its block (page-shown.ts).
    ['He twitches and spasms in his sleep.', ['twitches→muscle-spasm', 'spasms→muscle-spasm']],
    ['After the booster I felt numb all over.', ['numb→numbness']],
    ['My wife has tingling all over since the chemo.', ['tingling→tingling']],
    // Hydrated kept, by a person or as advice.
    ['Make sure to stay hydrated on long walks.', ['hydrated→hydration']],
    ['I try to stay hydrated in this heat.', ['hydrated→hydration']],
    // A warm-up done by a person before a workout.
    ['My dad is warming up before his run.', ['warming up→warm-up']],
    ['I do a quick warm-up before every walk.', ['warm-up→warm-up']],
    // Kin's stretching habit (stretch-habit.ts).
    ['My dad stretches every morning.', ['stretches→stretching']],
    // cardsOf writes a red mark with a "!": none of these has one.
  ])('%s marks %j, none red', (text, expected) => {
    expect(cardsOf(text)).toEqual(expected);
  });

  it.each<string>([
    // Everyday senses of the same words.
    'I was bored stiff by the second hour.',
    'He was stiff and formal with the new boss.',
    'She felt stiff and awkward at the wedding.',
    'He woke up stiff with fear when he heard the door.',
    'Beat the egg whites until stiff.',
    'I felt numb after the news of the layoffs.',
    "Since the diagnosis, I feel numb and I can't even cry.",
    // A whole person's weakness is a fatigue, not the muscle-weakness card's (other-medical.lead.txt).
    'She has been feeling weak and tired since the flu.',
    'I feel so weak.',
    // A warm-up of a band, the weather, a soup, an engine.
    'The band is warming up before the show.',
    'Mum is warming up the soup before the walk.',
    'The engine was warming up before the race.',
    // Hydrated said of a thing, stretches of a thing, and "he" or "she" stretching (fiction's, a cat's).
    'The concrete stays hydrated under wet hessian.',
    'My husband stretches every penny until payday.',
    'She stretches every morning in a patch of sun.',
  ])('%s stays unmarked', (text) => {
    expect(marksOf(text)).toEqual([]);
  });
});
