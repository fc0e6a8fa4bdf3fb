import type { AnchorFinder, TextSpan } from './anchor-finder.ts';
import type { RawMatch } from './apply-sense.ts';
import { SentenceAnchors } from './sentence-anchors.ts';
import { sentencesOf } from './sentences.ts';

/**
 * Does a heading or a list's lead-in ("Symptoms of a blood clot in the leg", "Signs of DVT",
 * "Swollen legs: what to look for") establish the medical sense for the short blocks of its
 * section? It does if it holds a strong form, a lower-limb word or a body frame, read as in any
 * sentence: so not "Slow-roast leg of lamb", "Table legs and chair feet" or "At the foot of the
 * hill" (words of another sense), nor "Leg 2: the coast" or "Calf prices at the autumn sales" (no
 * frame). Its weak forms count only through those anchors: "Warm evenings" anchors nothing.
 */
export function isSectionAnchorText(
  text: string,
  raw: readonly RawMatch[],
  negatives: readonly TextSpan[],
  finder: AnchorFinder,
): boolean {
  if (raw.some((match) => match.sense === 'strong')) return true;
  finder.read(text);
  const sentences = sentencesOf(text, raw);
  for (let from = 0; from < text.length;) {
    const [start, end] = sentences.at(from);
    const anchors = new SentenceAnchors(start, end, raw, negatives, finder, sentences.senseFrom(start));
    if (anchors.limbs.length > 0 || anchors.hasFrame) return true;
    from = Math.max(end, from + 1);
  }
  return false;
}
