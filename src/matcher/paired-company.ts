import type { AnchorFinder } from './anchor-finder.ts';
import type { RawMatch } from './apply-sense.ts';
import { hasSpanApart } from './clauses.ts';
import { openingSignEnd } from './opening-sign.ts';
import { formsIn } from './forms-in.ts';

/** What `hasCompany` reads of the sentence beyond the matches. */
export interface CompanyContext {
  text: string;
  raw: readonly RawMatch[];
  symptoms: ReadonlySet<string>;
  finder: AnchorFinder;
}

/**
 * Does a paired form ("red", "hot", "warm", "black and blue") have a second symptom in its sentence
 * `[from, to)`: a symptom word, or a match of another symptom entry that is not itself paired? Two
 * colours or temperatures keep no company of each other ("the red tiles under my feet were warm from
 * the sun", "kept my legs warm with the red tartan rug": six false reds in thirteen such sentences
 * before this rule), unless they are one list said of a body word: "my calf is red and hot", "her
 * shin is red and warm around the cut", "hot, red calf". `symptomWords`: the pack's symptom words
 * ("painful", "sore") in the sentence, as `[start, end]` pairs.
 */
export function hasCompany(
  match: RawMatch,
  [from, to]: [number, number],
  symptomWords: readonly number[],
  context: CompanyContext,
): boolean {
  const { raw, symptoms } = context;
  if (hasSpanApart(symptomWords, match)) return true;
  // A sign listed on its own, said of the part it is on: "Redness of the calf", "Warmth over the shin".
  if (openingSignEnd(match, context.text, context.finder, to) >= 0) return true;
  for (const other of formsIn(raw, from, to)) {
    if (other === match || other.entryId === match.entryId || other.start < from || other.start >= to) continue;
    if (!symptoms.has(other.entryId)) continue;
    if (other.sense !== 'paired') return true;
    const [first, second] = other.start < match.start ? [other, match] : [match, other];
    if (isBodyList(first, second, [from, to], context)) return true;
  }
  return false;
}

/** A gap between words, as the anchor phrases read one (anchor-chars.ts): "red-and-hot" too. */
const GAP = String.raw`[\s\u00a0-]`;

// Between two items of a list: ", ", " and ", " or ", " & ", " + ", perhaps with "it" or "they", a
// verb or a word of degree after ("red and feels warm", "red and it's very hot").
const LIST_JOINT = new RegExp(
  String.raw`^(?:${GAP}*,${GAP}*(?:and${GAP}+|or${GAP}+)?|${GAP}+(?:and|or|&|\+)${GAP}+)` +
    String.raw`(?:(?:it|its|it['’]s|they|they['’]re)${GAP}+)?` +
    String.raw`(?:(?:is|are|was|were|feels?|felt|looks?|so|very|really|quite|a bit|a little|kinda|bright|all)${GAP}+)*$`,
  'i',
);

// After a body word, before the first item: a verb of being, perhaps, an item before it of one or
// two words ("calf is rock hard, red and hot"), and words of degree ("is bright red").
const SAID_OF_BODY = new RegExp(
  String.raw`^${GAP}+(?:(?:is|are|was|were|['’]s|has been|have been|had been|got|gets|get|getting|went|goes|go|going|turned|turns|turning|looks?|looking|feels?|feeling|felt|seems?|became|becomes|stays?)${GAP}+)?` +
    String.raw`(?:[a-z]+(?:${GAP}+[a-z]+)?(?:${GAP}*,|${GAP}+and)${GAP}+)?` +
    String.raw`(?:(?:so|very|really|quite|a bit|a little|kinda|slightly|bright|deep|all|still|now|also)${GAP}+)*$`,
  'i',
);

const LEADING_GAP = new RegExp(`^${GAP}+`);

/** How far back from the first item the body word may end, in characters. */
const BODY_REACH = 48;

/**
 * Are `first` and `second` two items of one list said of a body word (a framed or lower-limb word),
 * after it ("my calf is red and hot") or right before it ("hot, red calf")?
 */
function isBodyList(
  first: RawMatch,
  second: RawMatch,
  [from, to]: [number, number],
  { text, finder }: CompanyContext,
): boolean {
  if (!LIST_JOINT.test(text.slice(first.end, second.start))) return false;
  const isBodyAt = (i: number, end?: number) =>
    (['framed', 'lowerLimb'] as const).some((list) => {
      const found = finder.phraseEnd(list, from, to, i);
      return found >= 0 && (end === undefined || found === end);
    });
  // Right before the body word: "hot, red calf".
  const after = LEADING_GAP.exec(text.slice(second.end, to));
  if (after && second.end + after[0].length < to && isBodyAt(second.end + after[0].length)) return true;
  // After it: each word that ends before the first item, nearest first.
  const start = Math.max(from, first.start - BODY_REACH);
  const before = text.slice(start, first.start);
  for (const word of [...before.matchAll(/[a-z'’]+/gi)].reverse()) {
    const end = start + word.index + word[0].length;
    if (!SAID_OF_BODY.test(text.slice(end, first.start))) continue;
    // The word may be the last of a longer phrase ("back of knee"): it ends here all the same.
    if (isBodyAt(start + word.index, end)) return true;
  }
  return false;
}
