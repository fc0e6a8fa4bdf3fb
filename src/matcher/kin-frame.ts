import { CLOTHES } from './limb-list.ts';
import { MAX_SENTENCE } from './long-sentence.ts';

/**
 * The writer's relative as the subject that opens a sentence: "My son", "my husband", "Our eldest
 * daughter", "Hubby". A post by a partner or a parent is about the relative's leg as a writer's post
 * is about their own (issue 11, the kin17 round). A news page's third person ("the striker", "Smith",
 * "the patient in the study") is none.
 */
const KIN_SUBJECT =
  /^[\s"“]*(?:(?:my|our)\s+(?:little\s+|eldest\s+|oldest\s+|youngest\s+|older\s+|younger\s+|teenage\s+)?(?:son|daughter|husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|mum|mom|mother|dad|father|brother|sister|grandma|grandad|granddad|grandpa|nan|gran|kid|child|boy|girl)|hubby)\b/i;
/**
 * An injury, a fall or its care said in the sentence: "had his ankle put in a cast", "had a fall and
 * landed badly on her knee", "a clot in his leg". Not "fell" alone ("fell asleep on her knee"), nor a
 * boot ("the car boot").
 */
const EVENT =
  /\b(?:cast|plaster|walking\s+boot|moon\s+boot|brace|splint|crutches|(?:a|another|bad|nasty)\s+fall|fell\s+(?:over|down|off)|landed\s+(?:badly|awkwardly|hard|heavily|wrong)|surgery|operation|op|x-?rays?|scans?|MRI|fracture[sd]?|broken|broke|sprain(?:s|ed)?|injur(?:y|ies|ed)|hurt|pulled|strained|twisted|rolled|tore|torn|ruptured?|dislocated|clots?|DVT|A&E|hospital)\b/i;
/** "his knee", "her ankles": the relative's part after their possessive. Not the heel (a shoe's: "broke her heel"). */
const PART =
  /\b(?:his|her)\s+(?:(?:left|right|bad|good|other)\s+)?(?:ankles?|knees?|legs?|foot|feet|calf|calves|achill(?:es|ies)|shins?)\b/gi;
/** How far past a range a part that starts in it may end ("her other achilles" and its spaces). */
const PART_REACH = 100;
/** A thing with a knee or a leg of its own in the sentence (a table, a pipe, a doll, an animal). */
const THINGS =
  /\b(?:tables?|chairs?|stools?|pipes?|dolls?|teddy|toys?|statues?|lamb|cow|cows|calves\s+at|herd|horses?|pony|ponies|dogs?|puppy|cats?|kitten|trousers|jeans|tights|socks?|stockings?)\b/i;
/**
 * The relative's parts framed in `[from, to)` of `text`, as `[start, end]` pairs: "his ankle" in "My
 * son had his ankle put in a cast six weeks ago", read as the frame "my ankle" is in the writer's
 * post, so the later paragraphs' "The swelling has gone down" take it as they take the writer's
 * (docs/sense.md, "A relative's leg across a post's paragraphs"). Only in a sentence the relative
 * opens as its subject and that says an injury or its care (`EVENT`): "My son bounced his sister on
 * his knee" is none.
 */
export function kinFrameSpans(text: string, from: number, to: number): number[] {
  const spans: number[] = [];
  // The parts are looked for in the range and a part's length past it, not to the block's end:
  // sentence-frames.ts asks each sentence, and a search from `from` to the next "his" or "her" read
  // the rest of the block once a sentence (128k characters of "I woke up stiff" a line: 390 -> 107
  // ms, `node tests/bench/long-block.ts --phrase 'I woke up stiff' --sizes 32,128`). The character
  // before `from` is kept so that `\b` reads as it does in the block.
  const base = Math.max(0, from - 1);
  const range = text.slice(base, Math.min(text.length, to + PART_REACH));
  PART.lastIndex = from - base;
  for (let found = PART.exec(range); found && base + found.index < to; found = PART.exec(range)) {
    const at = base + found.index;
    const [start, end] = sentenceAround(text, at, from, to);
    const sentence = text.slice(start, end);
    if (KIN_SUBJECT.test(sentence) && EVENT.test(sentence) && !THINGS.test(sentence) && !CLOTHES.test(sentence))
      spans.push(at, at + found[0].length);
  }
  return spans;
}

/** Does the text frame a relative's part anywhere (a cheap test of a whole block: block-anchoring.ts)? */
export const hasKinFrame = (text: string): boolean => kinFrameSpans(text, 0, text.length).length > 0;

/** Does the sentence open with the writer's relative as its subject? */
export const isKinSentence = (sentence: string): boolean => KIN_SUBJECT.test(sentence);

/**
 * The sentence around `at`, within `[from, to)`: back to the last end before it, on to the first
 * after it (sentences.ts reads more; this is a cheap bound). Read from `at` both ways, and at most
 * `MAX_SENTENCE` characters each way, as sentences.ts cuts a run with no end: a block with many
 * parts and no stop (a pasted log, a comment typed without stops) then costs its length, not its
 * length once per part (`hasKinFrame` asks the whole block; the kin-frame test has a case of the cap).
 */
function sentenceAround(text: string, at: number, from: number, to: number): [number, number] {
  const low = Math.max(from, at - MAX_SENTENCE);
  const high = Math.min(to, at + MAX_SENTENCE);
  let start = at;
  while (start > low && !isEndAt(text, start - 1)) start--;
  let end = at;
  while (end < high && !isEndAt(text, end)) end++;
  return [start, end < high ? end + 1 : high];
}

/** Does a sentence end at `i`: a line break, or a stop before a space? */
const isEndAt = (text: string, i: number) =>
  text[i] === '\n' || ('.!?…'.includes(text[i]!) && /\s/.test(text[i + 1] ?? ''));
