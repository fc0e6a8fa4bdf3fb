/**
 * Sentences of the falsered15 round's probes (issue 11, docs/sense.md "Comfort, a thing's colour, a
 * dish's or an animal's leg") the rules still get wrong, with why. Spread into `KNOWN_LIMITS`
 * (known-limits.ts). All four are older rules' and marked so on main too.
 */
export const FALSERED15_LIMITS: readonly (readonly [string, string])[] = [
  // A meat word in the sentence sets aside its bodily strong forms (other-sense-uses.ts), the
  // writer's "my knee" too; the leg's signs in the next sentence keep their red, as the round wants.
  [
    'Roast chicken for tea, then my knee flared up. The leg was tender and swollen all night.',
    'a meat word sets aside "my knee" (older rule)',
  ],
  // An animal in the sentence keeps a person's part and its signs unmarked (the bareword limits).
  ['Kicked by a cow at milking, and now my shin is bruised and swollen.', 'an animal keeps "my shin" (older rule)'],
  // "Pulling a calf" with chains names no cattle: the calf keeps the muscle's card (farm-calf.ts).
  [
    'Pulling a calf with chains takes two people, and the feet swell if the chains stay on too long.',
    'no cattle named: the calf is marked',
  ],
  // "I felt numb" after a biopsy on the arm, the feet named in the next clause: red by the older
  // rules (the hand-sign rule reads a place right after the form or a subject right before it).
  [
    'After the biopsy on my arm I felt numb for hours, and my feet were cold from the waiting room.',
    'an arm named before "I felt numb", feet after (older rule)',
  ],
];
