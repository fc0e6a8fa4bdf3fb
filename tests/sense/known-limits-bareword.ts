/**
 * Sentences of the bareword round's probes (issue 11, docs/sense.md "Bare parts said of the writer's
 * own leg") the rules still get wrong, with why. Spread into `KNOWN_LIMITS` (known-limits.ts).
 */
export const BAREWORD_LIMITS: readonly (readonly [string, string])[] = [
  // An animal named in the sentence keeps a person's part unmarked: the owner rule asks
  // `hasAnimalWord`, since a mare's or a dog's knee is no card's (own-part.ts).
  ['Took the dog out and jarred my gammy knee on the kerb again.', 'an animal in the sentence'],
  // A boot in the sentence is clothes to the bare-part rule ("the knees are shot on these jeans"),
  // the medical walking boot too.
  ['Out of the boot now and the calf has wasted away to nothing.', 'clothes in the sentence'],
  // "knee joint" is a strong form, marked anywhere; a plumber's knee joint is no card's. Before the round too.
  ['The plumber replaced the knee joint on the old drainpipe.', '"knee joint" is strong'],
  // "twisted" before a part frames it (a twisted ankle); jewellery after it is not asked. Before the round too.
  ['She wore a twisted ankle chain and a silk dress to the party.', '"twisted ankle" frames a chain'],
];
