// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundledMatcher } from '../../support/engine-harness.ts';
import { isEffectForm } from '../../../src/matcher/medicine-effect.ts';

/** The marks of the block `text`, after the blocks `earlier` if given: "side effects→side-effect", red with a "!". */
const cardsOf = (text: string, earlier?: string) =>
  bundledMatcher
    .match(text, undefined, earlier === undefined ? undefined : () => earlier)
    .map(
      (match) =>
        `${text.slice(match.start, match.end)}→${match.entryId.replace(/^[^/]+\//, '')}${match.isUrgent ? '!' : ''}`,
    );

describe("a medicine's side effects with no part of the leg named (medicine-effect.ts)", () => {
  it.each<[string, string[]]>([
    // The medicine after "of" or "from": a drug's name, a kind of medicine, a vaccine, a treatment.
    ['Insomnia is a common side effect of fluoxetine.', ['side effect→side-effect']],
    ['He had no side effects from the antibiotics at all.', ['side effects→side-effect']],
    ['Nausea was the worst side effect of my chemotherapy.', ['side effect→side-effect']],
    ['Report any adverse effects of the vaccine to the clinic.', ['adverse effects→side-effect']],
    ['What are the side effects of lansoprazole long term?', ['side effects→side-effect']],
    // The medicine elsewhere in the sentence, with no object of the form's own.
    ['Since going on 10 mg of bisoprolol the side effects have eased.', ['side effects→side-effect']],
    ['My covid booster knocked me out, the side effects lasted two days.', ['side effects→side-effect']],
    ['Vaccine side effects in children are usually mild.', ['side effects→side-effect']],
    ['Side effects on the first day of the new tablets were a headache and a dry mouth.', ['Side effects→side-effect']],
    // What the effect is on is a place, not what it is of: the sentence decides.
    ['Doxycycline had nasty side effects on my skin.', ['side effects→side-effect']],
    // The medicine taken, named one or two sentences before in the block.
    ['My dad was put on losartan in March. The side effects have been mild.', ['side effects→side-effect']],
    ['Took my first dose of the new meds on Monday. Side effects so far: none.', ['Side effects→side-effect']],
    // An effect of something else than a medicine is not the card's, whatever leg its sentence names.
    ['Knee stiffness is a side effect of sitting at a desk all day, my physio says.', ['Knee→knee-joint']],
  ])('%s marks %j, never red', (text, expected) => {
    expect(cardsOf(text)).toEqual(expected);
  });

  it.each<string>([
    // What the effect is of decides, whatever medicine the sentence names elsewhere.
    'The drug makers fear the side effects of the new trade deal.',
    'An unwelcome side effect of the pay rise was a higher tax bill.',
    'The merger could have adverse effects on prices, the pharmacy chain said.',
    // A medicine word in another sense: a trade, a device, a code pattern, a figure of speech.
    'The war on drugs had side effects no minister foresaw.',
    'Medicine shortages are a side effect of the exchange rate.',
    'The side effect is that the menu breaks on phones and tablets.',
    'A side effect of dependency injection is code that is easy to mock.',
    'A dose of humility is the best side effect of losing.',
    'The poison pill has the side effect of scaring off buyers.',
    // Programming, games and fiction name no medicine.
    'A pure function has no side effects.',
    'The cursed ring has side effects the hero learns too late.',
    // Words of exercise, which anchor the other relaxed forms, anchor no side effect.
    'One side effect of my running streak is a much bigger appetite.',
    'useEffect lets you run side effects after each render.',
    // A medicine named before but not taken: only a drug's name or a medicine taken reaches forward.
    'The hospital moved its vaccine stock to a new fridge. The side effect was a week of queues.',
  ])('%s stays unmarked', (text) => {
    expect(cardsOf(text)).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    // A post's next paragraph or line goes on about the medicine its line before named.
    ['Started pregabalin a fortnight ago.', 'The side effects are wearing off now.', ['side effects→side-effect']],
    ['Mum had her flu jab on Tuesday.', 'No side effects at all this year.', ['side effects→side-effect']],
    // Not an object of its own, nor a medicine merely named.
    ['Started pregabalin a fortnight ago.', 'The side effects of the heatwave are worse.', []],
    ['The pharmacy on our street is closing.', 'The side effect is a longer drive for everyone.', []],
  ])('after %j, %j marks %j', (earlier, text, expected) => {
    expect(cardsOf(text, earlier)).toEqual(expected);
  });
});

// The length and first letter asked before the form's text is read: the same answers as the form's expression.
describe('isEffectForm reads only forms that may be a side effect (medicine-effect.ts)', () => {
  it.each<[string, boolean]>([
    ['side effect', true],
    ['Side-effects', true],
    ['ADVERSE  effects', true],
    ['side\u00a0effect', true],
    ['side effec', false],
    ['sideeffect', false],
    ['swelling', false],
    ['tight', false],
  ])('%j: %s', (form, expected) => {
    const text = `a ${form} here`;
    expect(isEffectForm(text, { start: 2, end: 2 + form.length, entryId: 'side-effect', sense: 'weak' })).toBe(
      expected,
    );
  });
});
