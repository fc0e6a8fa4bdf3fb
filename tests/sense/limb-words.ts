// The words of limb-grid.ts's grid: owners × parts of the leg × a body frame (the joint bent or
// kneeled on, a cast or a scar at the part, its state, a therapist or surgeon working on it), said in a
// few frames (plain, after surgery, since a fall, a question, a post whose first sentence names a
// health event). The part is the card's wherever it has one; no line holds an urgent sign.

export type LimbLine = {
  text: string;
  /** The body frame's family, as the failures are counted. */
  family: string;
  part: string;
  /** The card the part's own word marks, if any ("knee" → knee-joint; "shin" has none). */
  partEntry?: string;
};

/** An owner said before the part, the subject of an active sentence, and its possessive after a verb. */
const OWNERS: [owner: string, subject: string, own: string][] = [
  ['my', 'I', 'my'],
  ['his', 'he', 'his'],
  ['her', 'she', 'her'],
  ['their', 'they', 'their'],
  ['the', 'I', 'the'],
  ['your', 'you', 'your'],
  ["my son's", 'my son', 'his'],
  ["mum's", 'Mum', 'her'],
  ['both', 'I', 'both'],
  ["the patient's", 'the patient', 'their'],
];
/** The owners every frame but the plain one is said with, to keep the grid small (as grid-text.ts). */
const FRAMED_OWNERS = OWNERS.filter(([owner]) => ['my', 'his', 'the', 'both'].includes(owner));
/** A part, its plural (what "both" takes) and its card. */
const PARTS: [part: string, plural: string, entry?: string][] = [
  ['knee', 'knees', 'knee-joint'],
  ['knees', 'knees', 'knee-joint'],
  ['ankle', 'ankles', 'ankle-joint'],
  ['ankles', 'ankles', 'ankle-joint'],
  ['calf', 'calves', 'calf-muscle'],
  ['calves', 'calves', 'calf-muscle'],
  ['shin', 'shins'],
  ['Achilles', 'Achilles', 'achilles-tendon'],
  ['heel', 'heels'],
  ['thigh', 'thighs'],
  ['kneecap', 'kneecaps'],
  ['tibia', 'tibias', 'tibia'],
];
/**
 * `{S}` the subject, `{o}` the possessive after a verb, `{O}` the owner before the part, `{p}` the part;
 * `{a|b}` a verb's singular and plural (said of the part).
 */
const FRAMES_OF_BODY: [family: string, template: string][] = [
  ['moved', '{S} bent {o} {p}'],
  ['moved', '{S} straightened {o} {p}'],
  ['moved', '{S} flexed {o} {p}'],
  ['moved', '{S} twisted {o} {p}'],
  ['moved', '{S} locked {o} {p}'],
  ['moved', '{S} rotated {o} {p}'],
  ['moves', '{O} {p} {flexes|flex} fine'],
  ['moves', '{O} {p} {bends|bend} again'],
  ['moves', '{O} {p} {buckles|buckle} on the stairs'],
  ['moves', '{O} {p} {clicks|click} on the stairs'],
  ['moves', '{O} {p} {pops|pop} when squatting'],
  ['kneel', 'it hurts to kneel on {o} {p}'],
  ['cast', '{S} {is|are} in a cast up to {o} {p}'],
  ['cast', '{S} wore a brace on {o} {p}'],
  ['cast', '{S} {has|have} a splint on {o} {p}'],
  ['cast', '{S} {is|are} in a boot up to {o} {p}'],
  ['cast', 'the nurse put tape around {o} {p}'],
  ['skin', 'there is a scar on {o} {p}'],
  ['skin', '{S} got a graze on {o} {p}'],
  ['skin', '{S} got a burn on {o} {p}'],
  ['skin', 'there is a deep cut on {o} {p}'],
  ['skin', '{S} got a blister on {o} {p}'],
  ['from', '{S} {is|are} in plaster from {o} {p} down'],
  ['from', '{S} can move only from {o} {p} up'],
  ['state', 'the atrophy of {o} {p} is obvious'],
  ['state', 'there is muscle loss in {o} {p}'],
  ['state', '{O} {p} {has|have} no strength'],
  ['weight', "{S} can't put weight on {o} {p}"],
  ['therapist', 'the physio massaged {o} {p}'],
  ['therapist', 'the physio measured {o} {p}'],
  ['therapist', 'the doctor examined {o} {p}'],
  ['surgeon', 'the surgeon operated on {o} {p}'],
  ['surgery', '{O} {p} replacement is booked'],
  ['surgery', '{O} {p} scope is next week'],
  ['ice', '{S} put ice on {o} {p}'],
];
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** Frames around a clause: plain, after surgery, since a fall, a question, a health event said first. */
const FRAMES: [string, (clause: string) => string][] = [
  ['plain', (c) => `${cap(c)}.`],
  ['after-surgery', (c) => `After the surgery, ${c}.`],
  ['since-fall', (c) => `Since the fall ${c}.`],
  ['question', (c) => `Is it normal that ${c}?`],
  ['event-first', (c) => `The operation was in May. ${cap(c)}.`],
];
/** Subjects said as one person in the third person take "is", "has", "bends"; "I" ("am"), "you", "they" and a plural part do not. */
const isPluralSubject = (subject: string) => ['I', 'you', 'they'].includes(subject);

const said = (template: string, [owner, subject, own]: (typeof OWNERS)[number], part: string, plural: boolean) =>
  template
    .replace('{S}', subject)
    .replace('{O}', owner)
    .replace('{o}', template.includes('{S}') ? own : owner)
    .replace('{p}', part)
    .replace(/\{(\w+)\|(\w+)\}/, (_, one: string, many: string) =>
      (template.includes('{S}') && !template.startsWith('{O}') ? isPluralSubject(subject) : plural) ? many : one,
    )
    .replace(/\bI are\b/, 'I am');

export const limbLines = (): LimbLine[] => {
  const lines: LimbLine[] = [];
  for (const [part, plural, partEntry] of PARTS)
    for (const [frame, framed] of FRAMES)
      for (const owned of frame === 'plain' ? OWNERS : FRAMED_OWNERS) {
        const word = owned[0] === 'both' ? plural : part;
        if (owned[0] === 'both' && part === plural && part !== 'Achilles') continue;
        const isPlural = word !== part || ['knees', 'ankles', 'calves'].includes(part) || owned[0] === 'both';
        for (const [family, template] of FRAMES_OF_BODY) {
          const text = framed(said(template, owned, word, isPlural));
          lines.push({ text, family, part: word, partEntry });
        }
      }
  return lines;
};
