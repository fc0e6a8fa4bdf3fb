// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cardsOf, marksOf } from '../../support/engine-harness.ts';

describe("a person's stretching with no leg named (stretch-habit.ts)", () => {
  it.each<[string, string[]]>([
    // A person doing it, with a habit's helper or time.
    ['I have been stretching every night and it helps.', ['stretching→stretching']],
    ['Do you stretch before or after cycling?', ['stretch→stretching']],
    ['Do you stretch?', ['stretch→stretching']],
    ['We never stretched at school.', ['stretched→stretching']],
    ['I stretch for five minutes when I wake up.', ['stretch→stretching']],
    ['You should stretch after every session.', ['stretch→stretching']],
    ["I've been stretching, it helps.", ['stretching→stretching']],
    // Advice, an imperative that opens the sentence, a subjectless diary line.
    ['The nurse told me to stretch twice a day.', ['stretch→stretching']],
    ['Keep stretching gently and give it time.', ['stretching→stretching']],
    ['Started stretching daily last month.', ['stretching→stretching']],
    ['Stretching after a warm bath is easiest.', ['Stretching→stretching']],
    // The noun done or had, and a stretch held.
    ['I need more stretching in my week.', ['stretching→stretching']],
    ['Some light stretching before bed is all it takes.', ['stretching→stretching']],
    ['My stretches take ten minutes.', ['stretches→stretching']],
    ['Two months of stretching and I can touch the floor.', ['stretching→stretching']],
    // ("Any stretches" alone is the pack's negative context "any stretch", as in "by any stretch".)
    ['Any good stretches that help?', ['stretches→stretching']],
    ['Hold each stretch for a slow count of twenty.', ['stretch→stretching']],
    // A leg muscle's stretches: the quads, the hamstrings, the hip flexors, the glutes, the adductors.
    ['Hammy stretches after every game.', ['stretches→stretching']],
    ['Adductor stretches are the ones I skip.', ['stretches→stretching']],
    // cardsOf writes a red mark with a "!": none of these has one.
  ])('%s marks %j, none red', (text, expected) => {
    expect(cardsOf(text)).toEqual(expected);
  });

  it.each<string>([
    // An object, a place, a state, a reach; a time run on (thing-stretch.ts) and a walk (legs-outing.ts).
    'We stretch every penny at the end of the month.',
    'I always stretch the truth on forms.',
    'We stretched to a bigger flat in the end.',
    'I tried to stretch, but the shelf was too high.',
    "I've been stretching myself too thin.",
    "I'm stretched at work this month.",
    'The hearing stretched into the evening.',
    'The talks stretched past midnight.',
    'I stretched my legs on a stroll by the canal.',
    // A bare stretch with no habit: a waking stretch in fiction.
    'I sat up and stretched.',
    'She stretched and yawned before every lecture.',
    // Another sense's words: money, a kitchen, a craft, a screen, a pet, a path.
    'I stretch the dough every morning before we open.',
    "We've been stretching every week to make rent.",
    'Some gentle stretching of the yarn evens out the stitches.',
    'Gentle stretching keeps the canvas taut.',
    'Do you stretch your photos or crop them?',
    'Our dog does his stretches before every walk.',
    'Some stretches are muddy after heavy rain.',
    'Stretching before the deadline never works.',
    // Another region: the neck, the back.
    'I stretch my neck every morning.',
    'Do you stretch your lower back before lifting?',
  ])('%s stays unmarked', (text) => {
    expect(marksOf(text)).toEqual([]);
  });
});
