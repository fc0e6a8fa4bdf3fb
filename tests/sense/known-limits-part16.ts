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
];
