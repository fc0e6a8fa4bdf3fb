/**
 * Sentences of the body-list round's probe (`forum.probe-bodylist15.txt`) that the rules still get
 * wrong, with why (docs/sense.md, "Known limits"; src/matcher/limb-sign.ts, owned-list.ts). Spread
 * into KNOWN_LIMITS.
 */
export const BODYLIST15_LIMITS: readonly (readonly [string, string])[] = [
  // A leg's extent named bare anchors nothing: a dress or socks run "from hip to ankle" as often
  // (a lower-limb phrase "from ankle to knee" marked the ankle in "the socks are tight from ankle to
  // knee" and "a dress that falls from hip to ankle": left out).
  ['Bruised purple and red from ankle to knee after coming off the bike.', 'a bare "from ankle to knee"'],
];
