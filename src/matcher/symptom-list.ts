import type { RawMatch, SenseContext } from './apply-sense.ts';
import { formsIn } from './forms-in.ts';

/** What `isInSymptomList` reads of the block beyond the match. */
export interface SymptomListContext {
  text: string;
  raw: readonly RawMatch[];
  symptoms: ReadonlySet<string>;
}

/** A gap between words, as the anchor phrases read one (anchor-chars.ts): "numb-and-tingly" too. */
const GAP = String.raw`[\s\u00a0-]`;

// Between two items: ", ", " and ", " or ", ", and ", "/", perhaps with one word of degree or a
// plain adjective of size after it ("swelling, mild bruising and pain", "tenderness, possible
// swelling"). Nothing else: "the river was swollen, the bridge weak" is no list.
const JOINT = new RegExp(
  String.raw`^(?:${GAP}*[,/]${GAP}*(?:and${GAP}+|or${GAP}+)?|${GAP}+(?:and|or|&)${GAP}+)` +
    String.raw`(?:(?:some|mild|slight|severe|possible|localized|localised|sudden|increased|big)${GAP}+)?$`,
  'i',
);

// A symptom named as a noun: "numbness", "swelling", "pins and needles", "cramps", "pain", "reduced
// sensation", "pallor" (a leaflet's "paleness, numbness, reduced sensation, weakness or tingling"). Lists
// of adjectives are the everyday ones ("the team looked weak, stiff and numb", "peaches bruised,
// tender and swollen": the real-text probe), lists of nouns the patient pages'.
const NOUN =
  /(?:ness|ing|ings|pins[\s\u00a0-]+and[\s\u00a0-]+needles|cramps?|spasms?|lumps?|bruises?|pains?|aches?|blisters?|rash|streaks|blotches|warmth|sensation|pallor|colou?ration)$/i;

// After an "-ing" noun: a stop, a joint, a small word or a verb or adverb it is the subject of
// ("swelling and bruising usually fade"), not a noun it would describe ("swelling
// inventories", "a tingling feeling" are adjectives).
const AFTER_ING =
  /^(?:[\s\u00a0]*(?:[,.;:!?)]|$)|[\s\u00a0]+(?:and|or|in|of|on|at|around|over|along|behind|below|above|after|when|that|which|may|might|can|could|is|are|was|were|from|to|with|without|for|during|as|usually|often|also|typically|generally|will|should|tends?|go|goes|went|gets?|got|comes?|came|starts?|started|fades?|faded|lasts?|lasted|persists?|persisted|seems?|appears?|occurs?|develops?|has|have|had|keeps?|kept|now|again|still|then|too|peaks?|peaked|settles?|settled|eases?|eased|worsens?|worsened|subsides?|subsided|disappears?|disappeared|resolves?|resolved|spreads?|about|like|where)\b)/i;

/**
 * Is `text[start, end)` a symptom named as a noun, its sentence ending at `to`? An "-ing" word only
 * before a stop, a joint, a small word or a verb it is the subject of (`AFTER_ING`).
 */
export function isSymptomNoun(text: string, start: number, end: number, to: number): boolean {
  const word = text.slice(start, end);
  return NOUN.test(word) && (!/ings?$/i.test(word) || AFTER_ING.test(text.slice(end, to)));
}

/** Items a list needs, of distinct symptoms; and how many of them must be forms of symptom entries. */
const LIST_ITEMS = 3;
const ENTRY_ITEMS = 2;

/**
 * Is `match` one item of a list of symptoms named as nouns, which says its sentence `[from, to)` is about a body
 * on its own: "numbness, weakness or pins and needles", "swelling, bruising and pain", "symptoms of
 * bruising, cramping, numbness and weakness" — the lists of patient pages, whose leg is named in a
 * heading or a sentence before (real health text, docs/sense.md). Three items or more, of distinct
 * symptoms, joined by commas, "and" or "or"; at least two of them forms of symptom entries that are
 * not paired (a colour or a temperature is an item but not one of those two), the others may be
 * symptom words ("pain", "sore"). Two items are not enough: weak forms never anchor each other
 * ("tender and juicy", "a tender calf"), and "warm, red and tender beetroot" has one entry form.
 * `symptomWords`: the pack's symptom words in the sentence, as `[start, end]` pairs.
 */
export function isInSymptomList(
  match: RawMatch,
  sentence: [number, number],
  symptomWords: readonly number[],
  context: SymptomListContext,
): boolean {
  const list = listAround(match, sentence, symptomWords, context);
  if (list.length === 0) return false;
  const keys = new Set(list.filter((item) => item.isSymptom).map((item) => item.key));
  const entries = new Set(list.filter((item) => item.isEntry).map((item) => item.key));
  return keys.size >= LIST_ITEMS && entries.size >= ENTRY_ITEMS;
}

/** One item of a list of symptoms named as nouns: a match (`key` its entry) or a symptom word (`key` the word). */
export interface ListItem {
  start: number;
  end: number;
  key: string;
  /** A symptom entry's match or a symptom word. */
  isSymptom: boolean;
  /** A symptom entry's match that is not paired. */
  isEntry: boolean;
}

/**
 * The items of the list of nouns that `match` is one of, in the sentence `[from, to)`, joined by
 * commas, "and" or "or" (`JOINT`); empty where `match` is no noun. A list of one is `match` alone.
 */
export function listAround(
  match: RawMatch,
  [from, to]: [number, number],
  symptomWords: readonly number[],
  { text, raw, symptoms }: SymptomListContext,
): ListItem[] {
  // Every match is an item, so a cramp keeps the list going ("bruising, cramping, numbness"); only
  // symptoms count.
  const items: ListItem[] = [];
  const isNoun = (start: number, end: number) => isSymptomNoun(text, start, end, to);
  for (const other of formsIn(raw, from, to))
    if (other.start >= from && other.start < to && isNoun(other.start, other.end)) {
      const isSymptom = symptoms.has(other.entryId);
      items.push({ ...other, key: other.entryId, isSymptom, isEntry: isSymptom && other.sense !== 'paired' });
    }
  for (let k = 0; k < symptomWords.length; k += 2) {
    const [start, end] = [symptomWords[k]!, symptomWords[k + 1]!];
    if (isNoun(start, end) && !items.some((item) => item.start < end && start < item.end))
      items.push({ start, end, key: text.slice(start, end).toLowerCase(), isSymptom: true, isEntry: false });
  }
  items.sort((a, b) => a.start - b.start);
  const at = items.findIndex((item) => item.start === match.start && item.key === match.entryId);
  if (at < 0) return [];
  let first = at;
  while (first > 0 && JOINT.test(text.slice(items[first - 1]!.end, items[first]!.start))) first--;
  let last = at;
  while (last < items.length - 1 && JOINT.test(text.slice(items[last]!.end, items[last + 1]!.start))) last++;
  return items.slice(first, last + 1);
}

/** Two forms of symptom entries that are not paired: a list of symptoms may anchor them (block-anchoring.ts). */
export function mayListSymptoms(raw: readonly RawMatch[], { symptoms }: SenseContext): boolean {
  let count = 0;
  for (const match of raw) if (match.sense !== 'paired' && symptoms.has(match.entryId) && ++count === 2) return true;
  return false;
}
