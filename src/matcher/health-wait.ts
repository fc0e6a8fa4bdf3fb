import type { RawMatch } from './apply-sense.ts';
import type { Match } from './matcher.ts';

/**
 * Is a relaxed form of `raw` not among the marks `kept`? On a page not (yet) known as medical,
 * such a form was left for want of an anchor (or taken by another sense's rule, which the signal
 * does not change: the page then rematches its block for nothing). Both lists are sorted by start,
 * and a block that kept every form it found is not read further, so blocks without a relaxed form
 * left pay a length comparison.
 */
export function hasRelaxedLeft(raw: readonly RawMatch[], kept: readonly Match[]): boolean {
  if (kept.length >= raw.length) return false;
  let k = 0;
  for (const match of raw) {
    while (k < kept.length && kept[k]!.start < match.start) k++;
    if (match.sense === 'relaxed' && kept[k]?.start !== match.start) return true;
  }
  return false;
}
