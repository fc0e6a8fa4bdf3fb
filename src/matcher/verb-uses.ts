/**
 * "Clot" is a noun and a verb, and only the noun is the card's (a clump of blood in a vein). The
 * verb is a kitchen's or a wound's: "The sauce will clot if it boils", "When you cut yourself the
 * blood clots and the bleeding stops". As a strong form "blood clots" was red on its own, and a weak
 * "clot" after a sentence naming a leg took its anchor (issue 11, the clot-verb round: docs/sense.md
 * "Clot as a verb"). These uses are dropped before any sense rule reads the block, so they neither
 * mark nor anchor. Only matches whose text is "clot", "clots" or "blood clots" are read, and only
 * the few words around them: a block pays nothing for it unless it holds one.
 */
import type { RawMatch } from './apply-sense.ts';
import { withoutUses } from './without-uses.ts';

const CLOT_FORM = /^(?:blood\s+clots|clots?)$/i;

/**
 * Words before a verb's bare form: "will clot", "began to clot", "doesn't clot", and "let" or "make"
 * with the thing that clots ("letting warm milk clot"), not with a clot ("made my clot worse").
 */
const HELPING_BEFORE = new RegExp(
  String.raw`(?:\b(?:will|would|can|could|may|might|must|should|shall|do|does|did|don['’]t|doesn['’]t|didn['’]t|won['’]t|can['’]t|cannot|not|never|to)` +
    String.raw`|\b(?:let|lets|letting|make|makes|made|making)\s+(?:[a-z]+\s+){0,2}(?!(?:a|an|the|my|your|his|her|their|our|this|that|any|no)\s)[a-z]+)\s+$`,
  'i',
);

/**
 * What follows a verb "clot" after a helping word: the end of its clause or what goes on from a verb
 * ("will clot if it boils", "began to clot in the jar"). Not a noun: "Can clot symptoms come and
 * go?", "referred to clot clinic".
 */
const CLOT_VERB_AFTER =
  /^(?:\s*(?:[.,;:!?)]|$)|\s+(?:and|or|but|if|unless|when|because|while|after|before|during|in|into|on|at|by|with|without|like|over|within|up|together|again|overnight|properly|normally|quickly|slowly|easily|fast|faster|too|the|it|its|their)\b)/i;

/**
 * What follows a verb "clots" and never a noun "clots" of a subject: an adverb that ends its clause
 * ("blood clots quickly." but not "blood clots normally form in the deep veins"), "when", "if" (not
 * "if left untreated"), or "and" with what the bleeding does ("and the bleeding stops", "and forms
 * a scab"; "and swelling" is a list of nouns).
 */
const VERB_AFTER = new RegExp(
  String.raw`^\s+(?:` +
    // "Your blood clots more easily during pregnancy" (held23's pregnancy article, red before).
    String.raw`(?:(?:more|less)\s+)?(?:normally|properly|quickly|slowly|easily|readily|fast|faster|naturally|too\s+(?:easily|quickly|fast|much|slowly))(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|but|or|when|if|after|in|on|at|to|because|without|than|unless|while|once|within|during)\b)` +
    String.raw`|when\b|whenever\b|if\s+(?!left\b|untreated\b|not\b|ignored\b|they\b)` +
    String.raw`|and\s+(?:then\s+)?(?:the\s+)?(?:bleeding|wound|cut|scab)\b` +
    String.raw`|and\s+(?:then\s+)?(?:stops|forms|seals|plugs|scabs|thickens|heals|closes|hardens|dries)\b)`,
  'i',
);

/**
 * A word before "clots" or "blood clots" (past "the" or "my" before "blood") that makes them a noun:
 * a verb of having or causing, a preposition, a quantifier, a size ("had blood clots when I was
 * pregnant", "two clots when", "small clots if").
 */
const NOUN_BEFORE = new RegExp(
  String.raw`\b(?:had|have|has|having|get|gets|got|getting|gotten|develop|develops|developed|developing|` +
    String.raw`form|forms|formed|cause|causes|caused|prevent|prevents|treat|treats|treated|dissolve|dissolves|` +
    String.raw`with|of|about|for|from|like|any|no|some|more|two|three|several|multiple|many|few|` +
    String.raw`small|large|big|tiny|little|recurrent|previous|past|these|those|and|or|` +
    String.raw`the|a|my|your|his|her|their|our|leg|calf|lung|dvt|\d+)\s+$`,
  'i',
);
const OWNER_BEFORE = /\b(?:the|my|your|his|her|their|our)\s+$/i;
/**
 * "how" or "the way" before "blood clots" or "clots" that end their clause: the verb of the clause
 * "how your blood clots" ("medicines that change how your blood clots."); "how blood clots form"
 * and "how blood clots are treated" go on to their verb, so the clots are nouns there.
 */
const HOW_BEFORE = /\b(?:how(?:\s+(?:quickly|fast|well|easily|slowly|much))?|the\s+way)\s+$/i;
const CLAUSE_END = /^\s*(?:[.,;:!?)]|$)/;

/**
 * "a clot of cream", "a clot of red clay", "a clot of clichés": a clot of anything but blood is a
 * lump of it. Not before a size or a word that says which clot ("a clot of about 3 cm", "a clot of
 * some kind", "the clot of the other leg").
 */
const OF_OTHER =
  /^\s+of\s+(?!blood\b|about\b|around\b|approx|roughly|nearly|almost|over|under|some\b|any\b|unknown\b|the\b|a\b|an\b|my\b|this\b|that\b|his\b|her\b|their\b|your\b|\d)[a-z]/i;

/** The matches that are not "clot" used as a verb or as a lump of something else. */
export function withoutVerbUses(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isVerbUse);
}

/** Is `match` "clot", "clots" or "blood clots" used as a verb, or as a lump of something else? */
export function isVerbUse(text: string, match: RawMatch): boolean {
  // Asked of every form of every block: length and last letter first, so others cost no slice.
  const length = match.end - match.start;
  if (length !== 4 && length !== 5 && length !== 11) return false;
  const last = text.charCodeAt(match.end - 1) | 0x20;
  if (last !== 0x74 && last !== 0x73) return false;
  const form = text.slice(match.start, match.end);
  if (!CLOT_FORM.test(form)) return false;
  const before = text.slice(Math.max(0, match.start - 40), match.start);
  const after = text.slice(match.end, match.end + 60);
  if (!/\s/.test(form) && OF_OTHER.test(after)) return true;
  if (/^clot$/i.test(form)) return HELPING_BEFORE.test(before) && CLOT_VERB_AFTER.test(after);
  // "until it clots on the back of a spoon": "it" is a thing, never the person a clot is in; but
  // "is it clots in my leg?" asks what it is.
  if (/\bit\s+$/i.test(before)) return !/\b(?:is|was|be|been|maybe|whether)\s+it\s+$/i.test(before);
  // "the blood clots and the bleeding stops": the owner word is the blood's, so look past it.
  const lead = /\s/.test(form) ? before.replace(OWNER_BEFORE, '') : before;
  if (HOW_BEFORE.test(lead) && CLAUSE_END.test(after)) return true;
  if (!VERB_AFTER.test(after)) return false;
  return !NOUN_BEFORE.test(lead);
}
