/**
 * Lines of the part16 round's probes (`*.probe-part16.txt`, docs/sense.md "A bare calf or knee in the
 * writer's own account") the rules still get wrong, with why. Spread into `KNOWN_LIMITS`
 * (known-limits.ts).
 */
export const PART16_LIMITS: readonly (readonly [string, string])[] = [
  // The full term is a strong form, marked wherever it stands: no rule reads a thing beside it.
  [
    'Replace the knee joint on the drainpipe before the winter frosts.',
    'the full term “knee joint” is strong; a pipe’s is marked too',
  ],
  // "knee felt" is one of the pack's frames after a part (`framesAfter`), older than this round.
  [
    'By Monday the knee felt solid again, my grandad said of the old gate.',
    'the pack’s frame “knee felt” anchors a gate’s knee',
  ],
  // "a knee cap" is asked only after a person's owner word: a terrier "has a knee cap that slipped" too.
  [
    'My son has a knee cap that moves out of place when he kicks a ball.',
    '“a knee cap” with no owner word is a pet’s as often',
  ],
  // A strain named bare with no part before it: the calf after it is not read back to it.
  [
    'Three weeks on from the strain and the calf is finally feeling normal on easy jogs.',
    'a bare “the strain” takes no part named after it',
  ],
  // "was fine" was tried and dropped: "Went for a run yesterday. The knee was fine but I fell on my
  // wrist." (other-medical.probe-ownerless.txt) asks no mark of a knee that is not the complaint.
  ['The knee was fine on the bike but grumbled on the stairs afterwards.', 'a knee said to be fine is left unmarked'],
  // The part anchors itself only: a sign said of it keeps its own rules, and a bare knee's "tender" has none.
  [
    'Day 10 after the sprain and the knee is still a bit tender going downstairs.',
    'a sign said of the bare part is not anchored by it',
  ],
  // "Week 6 post-op: the knee bends to 110 degrees…" is marked since the limb17 round: "the" knee that
  // bends, the verb agreeing, is a joint (own-part.ts); a pipe's knee is kept out by the pipe.
];
