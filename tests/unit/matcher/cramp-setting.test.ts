// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cardsOf } from '../../support/engine-harness.ts';

describe("a cramp with no place named, in a leg cramp's own setting (cramp-setting.ts)", () => {
  it.each<[string, string[]]>([
    // The night and the bed.
    ['My cramps at night are getting worse.', ['cramps→leg-cramp']],
    ['Woken up by cramp again, the third time this week.', ['cramp→leg-cramp']],
    ['I get cramping most nights around 2am.', ['cramping→leg-cramp']],
    // A treatment or condition known for leg cramps.
    ['Cramping on dialysis is the worst part of the session.', ['Cramping→leg-cramp']],
    ['Is it the simvastatin giving me these cramps?', ['cramps→leg-cramp']],
    ['Third trimester cramps are keeping me up.', ['cramps→leg-cramp']],
    // A remedy taken for them.
    ['Quinine used to be the go-to for cramps.', ['cramps→leg-cramp']],
    ['Salt tablets sorted out my cramping on the bike.', ['cramping→leg-cramp']],
    // The cramps pointed back to, after a sentence that names the setting.
    ["I'm on dialysis three times a week. The cramps are the worst part.", ['cramps→leg-cramp']],
    ['Started simvastatin in May. My cramps began a week later.', ['cramps→leg-cramp']],
    // The cramp16 round: any cramp the writer says or that opens its sentence, two sentences on.
    ["I've been on dialysis for a year. Lately I cramp near the end of every session.", ['cramp→leg-cramp']],
    ['Dialysis removes extra fluid. Cramps can occur if too much is taken off at once.', ['Cramps→leg-cramp']],
    ['I started on dialysis in May. Cramps are a common thing on my ward.', ['Cramps→leg-cramp']],
    ['Been on a statin since June. It was fine at first. Now I cramp most afternoons.', ['cramp→leg-cramp']],
    ['Woke up at 3am again. Cramp, every single night this week.', ['Cramp→leg-cramp']],
    ['Woke with a cramp and walked it off round the bedroom.', ['cramp→leg-cramp']],
    // A ride's or a run's effort is the sport frame's, "cramped up" among its forms.
    ['I cramped up at mile 22 and had to walk.', ['cramped up→leg-cramp']],
  ])('%s marks %j, none red', (text, expected) => {
    expect(cardsOf(text)).toEqual(expected);
  });

  it.each<string>([
    // Another kind of cramp in the same settings: a period's, the gut's, the womb's, a baby's, a heat illness.
    'Cramps at night before my period are the worst.',
    'The stomach bug had me cramping all night.',
    'Food poisoning means cramps and a long night.',
    'Cramping at night in the first trimester is usually the womb.',
    'Contractions felt like cramps through the night.',
    'The baby cries with cramps every night.',
    'Heat cramps at the festival kept the medics busy at night.',
    'Magnesium helps with my period cramps.',
    'Abdominal cramps during dialysis can follow a heavy meal.',
    // A hand's, a style's, a room's, a feeling's; an animal's.
    'Writer’s cramp at night after a day of marking.',
    'The night bus will cramp our style.',
    'A cramp of dread woke me at 3am.',
    'The horse had cramps in the night.',
    // The sentence before names a setting, but the cramp is neither pointed back to, the writer's nor
    // opening its sentence, or a sentence from there names another kind or part.
    'Dialysis centres are stretched thin. Staff cramps and shortages mean longer waits.',
    'Food poisoning all night. The cramps were awful.',
    'I am on dialysis. My stomach was upset today. Then the cramps came.',
    'Ate at a food truck. Cramps all night.',
    'Glued the frame and left it under a sash cramp overnight.',
    'I get a cramp after dinner and walk it off.',
    'Magnesium supplements are popular. I thought it was just a cramp, but it was my appendix.',
    // The settings' words with no cramp of the body.
    'Electrolytes and magnesium are listed on the drink’s label.',
    'A cramped flat and a noisy street at night.',
  ])('%s marks nothing', (text) => {
    expect(cardsOf(text)).toEqual([]);
  });
});
