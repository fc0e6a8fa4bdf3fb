import type { RawMatch } from './apply-sense.ts';
import { CLOTHES } from './limb-list.ts';

/** The parts this rule reads; a calf only where a body's care or state is measured from it (`FROM`), or it wastes. */
const PART = /^(?:calf|calves|knees?|ankles?|achill(?:es|ies))$/i;
const CALF = /^cal(?:f|v)/i;

/**
 * A knee, an ankle or an Achilles of "the" moved as a joint is: "straightened the knee", "flexed the
 * ankle", "bent the knees" (the limb17 grid). Not "bent the knee" alone, the idiom of a subject's
 * loyalty ("refused to bend the knee to the king").
 */
const MOVED_THE = /\b(?:straighten(?:s|ed|ing)?|flex(?:es|ed|ing)?|rotat(?:es|ed|ing)|lock(?:s|ed|ing))\s+the\s+$/i;
const BENT_THE = /\b(?:bent|bend(?:s|ing)?)\s+the\s+$/i;
/**
 * A joint of a person bent: "the physio asked her to bend her knee", "he bends his ankles". Not bent to
 * someone or in prayer ("bent his knee to the emperor").
 */
const BENT_OWNED = /\b(?:bent|bend(?:s|ing)?)\s+(?:his|her|their|your|our)\s+$/i;
const BENT_TO = /^\s+(?:to|before|in\s+(?:prayer|homage|submission|worship))\b/i;

/**
 * A mark on the skin of "the" part or care given at it: "a deep cut on the knee", "the scar below the
 * knee", "a cast up to the knee", "the surgeon operated on the ankle"; weight or ice on "his", "her" or
 * "their" too ("can't put weight on her ankle"), which the pack's frames leave out for a farm's calves
 * (fed to put weight on). Not "a graze on the knee of his trousers" (`ENDS`), nor a calf (a farm's calf
 * is scarred, braced and operated on too).
 */
const PLACED_THE = new RegExp(
  String.raw`\b(?:(?:scars?|graze[sd]?|burns?|cuts?|blisters?|stitches|gash(?:es)?)\s+(?:on|below|above|across|in|under)|(?:cast|plaster|boot|brace|splint)\s+(?:up\s+)?(?:to|on|round|around)|tape[sd]?\s+(?:a?round|up)|operat(?:e|es|ed|ing)\s+on)\s+the\s+$|\b(?:(?:puts?|putting|bears?|bearing|bore)\s+(?:any\s+|much\s+|full\s+|some\s+)?weight\s+(?:on|through)|(?:puts?\s+|putting\s+)?ice\s+on)\s+(?:the|his|her|their)\s+$`,
  'i',
);
/** A part's wasting: "the atrophy of the calf", "muscle loss in the calves". */
const WASTING_THE = /\b(?:atrophy|muscle\s+loss|muscle\s+wasting)\s+(?:of|in)\s+the\s+$/i;

/**
 * The part a body's care or state is measured from: "in plaster from his knee down", "numb from the
 * knee down", "can move only from the knees up" (the limb17 grid). Not what is only wet or dressed from
 * there ("Soaked from the knees down", the corpus's; clothes are asked below), nor a thing's reach ("the
 * clot stretched from the ankle up", the other-medical corpus's): the care or state comes right before.
 */
const FROM = new RegExp(
  String.raw`\b(?:cast|plaster|pot|splint|braced?|bandaged|strapped|boot|paraly[sz]ed|numb|dead|no\s+feeling|swollen|bruised|amputated|moves?|move\s+only|(?:only|just)\s+move)\s+(?:\w+\s+){0,2}?from\s+(?:the|my|your|his|her|their|our|both)\s+$`,
  'i',
);
const FROM_WAY = /^\s+(?:down|up)(?:wards?)?\b/i;

/** Kneeling on the part, where kneeling hurts or cannot be done: "it hurts to kneel on the knee". Not a prayer's. */
const KNEEL = /\bkneel(?:s|ing|ed)?\s+on\s+(?:the|his|her|their|both)\s+$/i;
const KNEEL_HURT = /\b(?:hurts?|hurting|pain\w*|sore|ache\w*|can['’]?t|cannot|couldn['’]?t|unable|agony)\b/i;

/** A clinician examining the part: "the doctor examined the knee". A buyer or a judge examines a calf too. */
const EXAMINED_THE =
  /\b(?:examin(?:es|ed|ing)|assess(?:es|ed|ing)|x-?ray(?:s|ed)?|scann(?:ed|ing)|inject(?:s|ed|ing)|aspirat(?:es|ed|ing)|drain(?:s|ed|ing))\s+the\s+$/i;
const CLINICIAN =
  /\b(?:doctors?|GP|surgeons?|consultants?|nurses?|physio\w*|specialists?|ortho\w*|radiologists?|registrar|A\s*&\s*E|ER)\b/;

/** The part ends its noun: not "the knee of the curve", "the ankle strap". */
const ENDS =
  /^(?:\s*[,.;:!?)…"”’]|\s*$|\s+(?:down|up|and|or|with|when|while|after|before|since|as|for|in|at|to|on|under|again|every|each|slowly|fully|properly|gently|twice|back|forward|slightly|all|right|until|till|but|so|then|because|without|from|a|an|the|this|that|today|yesterday|last|for|is|are|was|were|has|have|had|looks?|feels?|seems?)\b)/i;
/** A thing that has a knee or an ankle of its own, or a farm's calf. */
const THINGS =
  /\b(?:pipes?|hoses?|plumb\w*|drains?\s+pipe|joists?|beams?|brackets?|tripods?|statues?|curves?|charts?|graphs?|tables?|chairs?|dolls?|mannequins?|puppets?|robots?|cow|cows|heifers?|herd|farm\w*|vet|horses?)\b/i;

/**
 * Is a part of the leg named as a body's in action or a place a body's care is measured from, with
 * no owner word the pack frames: a joint bent or one of "the" straightened or flexed, a mark on the
 * skin of "the" knee or ankle or care given at it, the calf's wasting, a part a cast or numbness
 * reaches from, a knee knelt on where that hurts, a part a clinician examines (the limb17 grid, issue
 * 11)? The part anchors itself only, in the normal colour, as own-part.ts's do.
 */
export function isMovedPart(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  if (!mayBeMovedPart(text, match)) return false;
  const form = text.slice(match.start, match.end);
  const lead = text.slice(Math.max(from, match.start - 60), match.start);
  const after = text.slice(match.end, to);
  const sentence = text.slice(from, to);
  const isSaid =
    (FROM.test(lead) && FROM_WAY.test(after)) ||
    (KNEEL.test(lead) && KNEEL_HURT.test(sentence)) ||
    (EXAMINED_THE.test(lead) && CLINICIAN.test(sentence)) ||
    WASTING_THE.test(lead) ||
    (!CALF.test(form) &&
      (MOVED_THE.test(lead) ||
        PLACED_THE.test(lead) ||
        (BENT_THE.test(lead) && !/^knee$/i.test(form)) ||
        (BENT_OWNED.test(lead) && !BENT_TO.test(after))));
  return isSaid && ENDS.test(after) && !CLOTHES.test(sentence) && !THINGS.test(sentence);
}

/** May the form be a part in action or a measured place (`isMovedPart`), by the words right before it? */
export function mayBeMovedPart(text: string, match: RawMatch): boolean {
  const form = text.slice(match.start, match.end);
  if (!PART.test(form)) return false;
  const lead = text.slice(Math.max(0, match.start - 60), match.start);
  return (
    FROM.test(lead) ||
    KNEEL.test(lead) ||
    EXAMINED_THE.test(lead) ||
    WASTING_THE.test(lead) ||
    (!CALF.test(form) &&
      (MOVED_THE.test(lead) || BENT_THE.test(lead) || BENT_OWNED.test(lead) || PLACED_THE.test(lead)))
  );
}
