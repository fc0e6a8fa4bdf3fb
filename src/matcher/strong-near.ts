import type { RawMatch } from './apply-sense.ts';
import type { SentenceAnchors } from './sentence-anchors.ts';

/**
 * A strong form in the clause of `match` ("DVT in my left leg, now swollen"; not "A DVT stall by
 * the door, and the band's weak start"). The clauses are read only where a break could fall between
 * the two: most sentences with a strong form hold none (CPU profile of the bench thread's text,
 * `node tests/bench/match-forum.ts DIR`).
 */
export function hasStrongNear(match: RawMatch, anchors: SentenceAnchors): boolean {
  const strongs = anchors.strongs;
  if (strongs.length === 0) return false;
  if (!anchors.holds(match.start)) return true;
  const text = anchors.text;
  for (let k = 0; k < strongs.length; k += 2) {
    const between =
      strongs[k]! < match.start ? text.slice(strongs[k + 1], match.start) : text.slice(match.end, strongs[k]);
    if (!MAY_BREAK.test(between)) return true;
  }
  return anchors.near(strongs, match.start).length > 0;
}

/** Where a clause break (clauses.ts) may be: each starts with ";" or one of these words. */
const MAY_BREAK = /;|\b(?:and|but|while|whereas)\s/i;
