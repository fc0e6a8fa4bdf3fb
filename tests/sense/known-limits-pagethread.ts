/**
 * Sentences of the pagethread round's probes (`*.probe-pagethread.txt`) that the rules still get
 * wrong read as one block, with why (docs/sense.md, "A thread's posts that name no leg", and "Known
 * limits"). Each is an older block rule's, marked before the round too; split in lines (`npm run
 * eval:sense -- --split`) they are right. Spread into KNOWN_LIMITS.
 */
export const PAGETHREAD_LIMITS: readonly (readonly [string, string])[] = [
  // Within a block, "it" or "they" said of the sentences before takes an anchor two sentences back,
  // whoever was said between ("the sea"). The itsign round took the money's "tight" and the team's
  // "weak" off this list: what follows the state says it is a thing's (it-sign.ts).
  [
    'I jarred my right knee on the boat. The sea was rough. It went numb and quiet on deck as the storm passed.',
    '"it" two sentences after the leg, the deck',
  ],
  // The symptom-noun rule (discourse-anchor.ts) reads past a tooth: its list of other parts leaves
  // teeth out, as held11's labels take a tooth's swelling for the swelling card's sense.
  [
    'I broke my right leg as a child. Last month I had a tooth out. The numbness lasted until the evening.',
    'the symptom-noun rule reads past a tooth',
  ],
];
