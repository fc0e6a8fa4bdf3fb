/**
 * Sentences of the threadsign round's probes (`*.probe-threadsign.txt`, docs/sense.md "A sign named
 * with no leg, after the writer's leg") the rules still get wrong read as one block, with why.
 * Spread into `KNOWN_LIMITS` (known-limits.ts).
 */
export const THREADSIGN_LIMITS: readonly (readonly [string, string])[] = [
  // "they" takes a person's ankles named in the sentence before (they-back.ts), but the ankles
  // themselves, a bare part with a lone owner and no complaint of their own, are not marked: no
  // rule reads a sign said after a part as that part's anchor.
  [
    'My dad came round straight from his long flight. He showed me his ankles. They were really puffy.',
    'a lone owner\'s ankles take no sign said of "they" after them',
  ],
  // Within a block the older "it" rule (sentence-before.ts) makes a state said of "they" red from
  // the ankles of the sentence right before; both feet puffy on hot days is no urgent sign, labelled
  // the normal colour (split in lines, the thread rule gives it, never red).
  [
    'My feet and ankles balloon on hot days. They are really puffy by the evening, and my rings are fine.',
    'the older "it" rule\'s red from the sentence right before',
  ],
  // An older block rule's mark, main's too: "a nasty bruise" a sentence after the writer's knee, with
  // a storm as its subject and "the town's pride" as its place (split in lines, nothing is marked).
  [
    "My left knee is fine again. The storm has left a nasty bruise on the town's pride. It's left a lump in my throat too.",
    'an older block rule reads a bruise past a storm',
  ],
];
