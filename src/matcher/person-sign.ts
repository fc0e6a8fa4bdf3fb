import type { RawMatch } from './apply-sense.ts';
import { MAX_SENTENCE, stopAfter } from './long-sentence.ts';

/**
 * A sign said of a whole person, with no part of the body named: "After chemo my dad feels stiff",
 * "I woke up stiff", "she is stiff all over", "I've had stiffness every morning since the flu",
 * "he gets spasms at night", "mum feels numb all over", "stay hydrated", "my dad is warming up
 * before his run" (issue 11, the person17 round: docs/sense.md "A whole person's signs"). Only the
 * cards whose text explains the whole body's sense: muscle-stiffness, muscle-spasm, numbness,
 * tingling, hydration, warm-up. Not the leg-cramp card (`legOnly`; a bare "I keep cramping" is a
 * period's as often) nor edema's; not the muscle-weakness card, which explains a muscle's lost
 * strength: a person "weak and tired since the flu" is the corpus's other-medical reading
 * (other-medical.lead.txt), a fatigue. A person's "stiff" and "numb" are everyday words ("bored
 * stiff", "stiff and formal", "numb after the news"), so the shape asks for a person, a verb of
 * feeling or being right before the word, and after it a body's frame: all over, a time of day or
 * a course, an illness or a body's companion sign. Normal colour always: no leg is named (issue
 * 11's red rule).
 */
const S = String.raw`[\s\u00a0]+`;
const KIN = String.raw`(?:dad|mum|mom|mother|father|husband|wife|partner|son|daughter|grandmother|grandfather|grandma|grandpa|grandad|granddad|nan|nana|gran|brother|sister|boyfriend|girlfriend|kid|child|baby|aunt|uncle)`;
/** The person: a pronoun, someone's kin ("my dad", "mum"), a patient. */
const PERSON = String.raw`(?:I|he|she|they|we|you${S}guys|you|y['’]all|anyone|everyone|(?:my|his|her|our|their|your)${S}${KIN}|mum|mom|dad|the${S}patient|patients|people)(?:['’](?:ve|m|re|d|s))?`;
/** Words between the person and the sign: helpers, degree, and the verb of feeling, being or having. */
const BETWEEN = String.raw`(?:have|has|had|been|always|still|often|sometimes|usually|just|now|really|also|even|never|constantly|am|is|are|was|were|get|gets|got|getting|feel|feels|felt|feeling|woke|wake|wakes|waking|up|so|very|quite|pretty|extremely|too|this|that|a${S}bit|a${S}little|kind${S}of|keep|keeps|kept|started|starting|begun|began|become|became|notice|noticed|noticing|developed|having|experience|experiences|experienced|experiencing|do|does|did|twitch|twitches|twitching|and|all|both|some|bad|terrible|awful|constant|more|severe|mild)`;
/** "Is it normal to feel this stiff?": the person left out of a question about what is normal. */
const NORMAL_TO = String.raw`(?:normal|common|usual|ok|okay)${S}to`;
const BEFORE = new RegExp(String.raw`(?:(?:^|[^\w'’])${PERSON}|\b${NORMAL_TO})(?:${S}${BETWEEN}){1,5}${S}$`, 'i');
/** The verb that says a state is felt or had: one of them must be among the words before. */
const FELT =
  /\b(?:feel|feels|felt|feeling|woke|wake|wakes|waking|am|is|are|was|were|been|get|gets|got|getting|become|became|have|has|had|having|notice\w*|developed|experienc\w*|twitch\w*)\s+(?:\w+\s+){0,3}$/i;
/** A verb of having or noticing, for the nouns ("I have stiffness", not "I am stiffness"). */
const HAD = /\b(?:have|has|had|having|get|gets|got|getting|notice\w*|developed|experienc\w*)\s+(?:\w+\s+){0,2}$/i;
/** Waking stiff is the body's whatever follows, but a feeling ("woke up stiff with fear"). */
const WAKE = /\b(?:woke|wake|wakes|waking)(?:\s+up)?\s+(?:\w+\s+){0,2}$/i;
/** A bare end only after a verb of feeling or waking: "I feel so stiff.", not "he was stiff." (a corpse's, a manner's). */
const FEEL = /\b(?:feel|feels|felt|feeling|woke|wake|wakes|waking)\s+(?:\w+\s+){0,3}$/i;

const ILLNESS = String.raw`(?:(?:the|my|his|her|their|a|this)${S})?(?:flu|chemo|chemotherapy|radiotherapy|radiation|surgery|op|operation|covid|virus|infection|illness|stroke|treatment|diagnosis|hospital|fever|bug|pneumonia|transplant|dialysis|infusion|medication|meds|statins?|steroids?|injection|jab|vaccine|booster|workout|gym|exercise|training|run|sleep|nap|bed|night|walk)`;
/** A session or class of exercise after which: "after every netball session", "the day after a spin class". */
const SESSION = String.raw`(?:(?:the${S})?(?:day|morning)${S})?after${S}(?:every|each|a|the|my|his|her|their|our|your)${S}(?:[a-z-]+${S}){0,2}(?:session|class|game|match|shift|lesson|walk|hike|ride|race|swim)s?`;
const TIME = String.raw`(?:${SESSION}|all${S}over|from${S}head${S}to${S}toe|(?:in${S}the|every|each|most)${S}(?:morning|evening|night|day)s?|at${S}night|first${S}thing|on${S}waking|when${S}(?:I|he|she|they|we)${S}(?:wake|woke|get|got)|all${S}(?:day|night|the${S}time)|these${S}days|lately|recently|constantly|again|today|since|for${S}(?:days|weeks|months|a${S}(?:few${S})?(?:days|weeks|months)|the${S}(?:past|last))|(?:after|from|with|during)${S}${ILLNESS}\b|and${S}(?:it['’]?s|it${S}is|it${S}keeps|this${S}is)${S}getting${S}worse|getting${S}worse)`;
const COMPANION = String.raw`(?:and|&|,)${S}(?:(?:so|very|a${S}bit)${S})?(?:shaky|sore|achy|aching|tired|exhausted|dizzy|wobbly|stiff|weak|numb|tingly|sluggish|feverish|nauseous|faint|lightheaded|light-headed|run${S}down|in${S}pain|fatigued)`;
/** After the sign: a body's frame. */
const BODY_AFTER = new RegExp(String.raw`^(?:${S}(?:as${S}a${S}board${S}?)?)?${S}(?:${TIME}|${COMPANION})\b`, 'i');
/** Numbness is grief's as often ("numb after the news"): only all over or with a body's companion. */
const NUMB_AFTER = new RegExp(String.raw`^${S}(?:all${S}over|from${S}head${S}to${S}toe|${COMPANION})\b`, 'i');
/** A spasm said as a verb beside a twitch: "he twitches and spasms at night". */
const TWITCH_AND = /\btwitch(?:es|ing)?\s+and\s+$/i;
const END = /^['’"”]?\s*(?:[.!?]|$)/;
/** An illness or treatment in the sentence before the person: "Since the diagnosis, I feel stiff.", "After chemo, …". */
const ILLNESS_BEFORE = new RegExp(String.raw`\b(?:since|after|from|during)${S}${ILLNESS}\b`, 'i');

/**
 * A person who twitches, with a body's frame or at the sentence's end after a helper: "My husband
 * twitches all night", "he is constantly twitching in his sleep", "I keep twitching". The person
 * right before, perhaps past helpers; "the curtain twitched" and "his nose twitched" name no person
 * as the subject.
 */
const TWITCH_VERB = /^twitch(?:es|ed|ing)$/i;
const TWITCH_BEFORE = new RegExp(
  String.raw`(?:^|[^\w'’])${PERSON}(?:${S}(?:is|was|are|were|has${S}been|have${S}been|had${S}been|keeps?|kept|still|always|constantly|often|sometimes|just|now|also|been|started|starts|begun|began|can['’]t${S}stop|won['’]t${S}stop))*${S}$`,
  'i',
);
const SLEEP = new RegExp(
  String.raw`^${S}(?:(?:constantly|uncontrollably|a${S}lot|so${S}much|all${S}the${S}time)${S})?in${S}(?:his|her|my|their|your|our)${S}sleep\b`,
  'i',
);

const ADJECTIVE = /^stiff$/i;
const NOUN = /^(?:stiffness|spasms?|spasming|twitching|tingling)$/i;
/** Hydrated kept: "stay hydrated", "keep yourself hydrated", opening its sentence or after a person. */
const HYDRATED_BEFORE = new RegExp(
  String.raw`(?:(?:^|[^\w'’])${PERSON}(?:${S}(?:have|has|had|always|still|just|try|tries|tried|to|need|needs|must|should|will|do|does|did|make${S}sure${S}to|been))*${S}|^(?:(?:just|and|so|also|please|always|try${S}to|make${S}sure${S}(?:you|to))${S})*)(?:stay|stays|stayed|staying|keep|keeps|kept|keeping|remain|remains|remained)${S}(?:(?:yourself|myself|himself|herself|themselves|ourselves|well)${S})?$`,
  'i',
);

/** A skin's, a plant's or a building material's hydration in the sentence: "I stay hydrated by moisturising my skin". */
const HYDRATED_THING =
  /\b(?:skin|hair|lips|complexion|scalp|moisturi[sz]\w*|concrete|cement|mortar|plaster|plants?|soil|lawn|seeds?|dough|leather)\b/i;

/** A warm-up done by a person ("my dad is warming up", "I always do a warm-up") or opening its sentence. */
const WARM_BEFORE = new RegExp(
  String.raw`(?:(?:^|[^\w'’])${PERSON}(?:${S}(?:${BETWEEN}|a|my|his|her|their|your|our|proper|quick|good|gentle|short|never))*${S}|^)$`,
  'i',
);
/** …before or after a workout: "before the walk", "after every session"; not "before the show" (a band's). */
const WARM_AFTER = new RegExp(
  String.raw`^${S}(?:properly${S})?(?:before|after|ahead${S}of|for)${S}(?:(?:a|an|the|my|his|her|their|our|your|every|each|any)${S})?(?:[a-z-]+${S})?(?:walk|run|ride|game|match|race|swim|hike|session|workout|class|training|exercise|gym|jog|stretch|climb|parkrun)(?:s|es|ing)?\b`,
  'i',
);
const WARM = /^(?:warming[\s\u00a0]+up|warm-?up)$/i;

/** Is `match` a sign said of a whole person in its sentence `[from, to)`, with a body's frame? */
export function isPersonSign(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  const word = text.slice(match.start, match.end);
  const lead = text.slice(Math.max(from, match.start - 120), match.start);
  const after = text.slice(match.end, to);
  if (/^hydrated$/i.test(word)) return HYDRATED_BEFORE.test(lead) && !HYDRATED_THING.test(text.slice(from, to));
  if (WARM.test(word)) return WARM_BEFORE.test(lead) && WARM_AFTER.test(after);
  if (TWITCH_VERB.test(word))
    return (
      TWITCH_BEFORE.test(lead) &&
      (BODY_AFTER.test(after) || SLEEP.test(after) || /^[\s\u00a0]+(?:uncontrollably|constantly)\b/i.test(after))
    );
  if (!BEFORE.test(lead)) return false;
  const isIll = ILLNESS_BEFORE.test(text.slice(from, match.start));
  if (/^numb$/i.test(word)) return FELT.test(lead) && NUMB_AFTER.test(after);
  if (ADJECTIVE.test(word))
    return (
      FELT.test(lead) &&
      (BODY_AFTER.test(after) ||
        (END.test(after) && (FEEL.test(lead) || isIll)) ||
        (WAKE.test(lead) && !/^[\s\u00a0]+with\b/i.test(after)))
    );
  if (NOUN.test(word))
    return (
      (HAD.test(lead) || TWITCH_AND.test(lead)) && (BODY_AFTER.test(after) || END.test(after) || /^spasm/i.test(word))
    );
  return false;
}

/** May a block with no other anchor hold such a form (block-anchoring.ts)? One test of the form's text first. */
export function mayBePersonSign(text: string, match: RawMatch): boolean {
  const word = text.slice(match.start, match.end);
  if (
    !/^(?:stiff|numb|stiffness|spasms?|spasming|twitch(?:es|ed|ing)|tingling|hydrated|warming[\s\u00a0]+up|warm-?up)$/i.test(
      word,
    )
  )
    return false;
  const from = Math.max(0, match.start - MAX_SENTENCE);
  const before = text.slice(from, match.start).search(/[.?!][^.?!]*$/);
  const sentence: [number, number] = [
    before < 0 ? from : from + before + 1,
    stopAfter(text, match.end, /[.?!](?:\s|$)/),
  ];
  return isPersonSign(text, match, sentence);
}
