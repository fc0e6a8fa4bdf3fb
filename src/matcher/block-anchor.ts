import { OWNERS } from './anchor-patterns.ts';
import type { RawMatch } from './apply-sense.ts';
import { formsIn } from './forms-in.ts';

/**
 * A weak form in a sentence with no subject of its own, said of the body part the sentence right
 * before named as someone's: "Rolled my ankle on Saturday. Still swollen and a bit warm today.",
 * "My calf has ached for a week. No swelling, just sore." (issue 11 §2: the largest group of forum
 * misses of the blind rounds). The fragment is the form, maybe after words of degree, time or
 * negation or other forms of a list, and before nothing that could be the noun it describes:
 * "Weak finishing cost them the game", "Tight deadline at work too", "Swollen seas kept us in port"
 * and "Tender enough to pull apart" say nothing of the leg before (everyday.probe-block.txt).
 */
const LEAD_WORDS = String.raw`(?:still|now|really|very|quite|so|super|pretty|slightly|a\s+bit|bit|a\s+little|little|kind\s+of|sort\s+of|also|just|even|always|never|not|no|getting|been|feels?|felt|looks?|and|or|but|though)`;
/** `X` stands for a form found before the one asked about, in the same fragment ("Swollen, red and "). */
const FRAGMENT_LEAD = new RegExp(String.raw`^\s*(?:(?:${LEAD_WORDS}|X)(?:,|\s)\s*)*$`, 'i');
/**
 * What may follow the form: the end of the sentence (an emoji or a chat word such as "lol" or "tho"
 * too: "pulled my calf at parkrun. still really tight lol"), "but" (a clause of its own: "Bit swollen but
 * I can walk on it"), or a word of time or manner ("Tight ever since", "Stiff after sitting",
 * "Swollen by the end of the day", "Still swollen on Monday"). Not any preposition: "Weak in defence all season", "Weak by his
 * standards", "Tender for the council's road contract" (the probe's second round).
 */
const FRAGMENT_TAIL = new RegExp(
  String.raw`^(?:\s*(?:[.;!?)…]|\p{Extended_Pictographic}|$)|\s+(?:but|though|tho|lol|tbh|atm|rn|haha|now|today|tonight|already|again|still|ever|since|after|when|while|all\s+day|like\s+a|up\s+to|round|around|too|every|most|overnight|anymore|this|first\s+thing|at\s+night|in\s+the\s+(?:morning|evening)s?|by\s+(?:the\s+)?(?:end|evening|lunchtime|night|bedtime|morning|afternoon)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|on\s+waking)\b)`,
  'iu',
);
/**
 * A list after the form goes on with a form or a symptom word ("Swollen, bruised and sore", "Puffy
 * and a little tender", "No swelling, just sore"), not with any adjective: "Tender, juicy steak",
 * "Stiff and formal, the reviewers called the show".
 */
const LIST_ON = new RegExp(String.raw`^(?:\s*,|\s+(?:and|or))\s+(?:(?:${LEAD_WORDS})\s+)*`, 'i');
/** A subject after all, later in the sentence: "Weak and watery, the coffee at the clinic". */
const LATER_SUBJECT = /,\s+(?:the|a|an|his|her|their|its|this|that)\s/i;
/** A noun form ("swelling", "weakness", "warmth", "bruise") only after "no": "Weakness at full-back…". */
const NOUN_FORM = /(?:ness|ing|th|bruise|lump|clot|spasm|cramp)$/i;
const MAX_LEAD = 40;

/** Is the form a noun ("swelling", "weakness", "bruise"), not a state ("swollen", "weak")? */
export function isNounForm(text: string, match: { start: number; end: number }): boolean {
  return NOUN_FORM.test(text.slice(match.start, match.end));
}
const AROUND = /^\s+(?:a?round)\b/i;
const NO_BEFORE = /\bno\s+$/i;

/**
 * Is the form `match` the whole point of a subjectless fragment, in the sentence `[from, to)`?
 * `isSymptomAt` says whether a form or a symptom word starts at an offset. `isItem`: the sentence
 * is a list item or short block, where a noun form stands alone ("Swelling", "Tenderness when you
 * stand"); in running text "Weakness at full-back…" is about something else.
 */
export function isFragmentOf(
  text: string,
  [from, to]: [number, number],
  match: RawMatch,
  raw: readonly RawMatch[],
  isSymptomAt: (at: number) => boolean,
  isItem = false,
): boolean {
  // A fragment's lead is a few words (25 characters at most in forum.block.txt); the bound also
  // keeps a long block with many weak forms from reading every match for each one.
  if (match.start - from > MAX_LEAD) return false;
  let lead = '';
  let last = from;
  for (const other of formsIn(raw, from, match.start)) {
    if (other.start < from || other.end > match.start) continue;
    lead += `${text.slice(last, other.start)}X`;
    last = other.end;
  }
  lead += text.slice(last, match.start);
  if (!FRAGMENT_LEAD.test(lead) || LATER_SUBJECT.test(text.slice(match.end, to))) return false;
  if (!isItem && isNounForm(text, match) && !NO_BEFORE.test(lead)) return false;
  const after = text.slice(match.end, to);
  const list = LIST_ON.exec(after);
  if (list) return isSymptomAt(match.end + list[0].length);
  // An item's noun form "around" something names that part: "Swelling around the eye" (a cheek's,
  // under any heading), "Swelling around the toe of the boot" (eval:sense -- --section).
  return FRAGMENT_TAIL.test(after) && !(isItem && AROUND.test(after));
}

const ADJECTIVE_FORM = /(?:ed|ible|able|weight)$/i;
/** A word after an adjective that is not the noun it describes: "Bruised all down the side too". */
const NOT_A_NOUN = new RegExp(
  String.raw`^\s+(?:${LEAD_WORDS}|all|too|up|down|out|again|from|after|since|for|in|on|at|by|with|to|like|as|when|while|because|over|around|through|into)\b`,
  'i',
);

/**
 * Is the form an adjective that opens its sentence before the noun it describes ("Stretched
 * defence", "Flexible rates")? Then it says nothing of a body part named before.
 */
export function isAttributive(text: string, from: number, match: { start: number; end: number }): boolean {
  if (text.slice(from, match.start).trim() !== '' || !ADJECTIVE_FORM.test(text.slice(match.start, match.end)))
    return false;
  const after = text.slice(match.end, match.end + 24);
  return /^\s[a-z]/i.test(after) && !NOT_A_NOUN.test(after);
}

/**
 * A body frame that names whose part it is: "my calf", "his ankle", "left knee", "Mum's legs",
 * "rolled her ankle". Not "the calf", "ankle pain" or "swollen feet": the fragment after them
 * could be about anything.
 */
const OWNED_FRAME = new RegExp(
  String.raw`^(?:[a-z]+\s+)?(?:${[...OWNERS, 'left', 'right', 'both'].join('|')}|[a-z]+['’]s)\s`,
  'i',
);

/** Does one of the frames (start, end pairs) of the sentence before name an owner? */
export function hasOwnedFrame(text: string, frames: readonly number[]): boolean {
  for (let k = 0; k < frames.length; k += 2)
    if (OWNED_FRAME.test(`${text.slice(frames[k], frames[k + 1])} `)) return true;
  return false;
}
