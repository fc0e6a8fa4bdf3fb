// The words of event-grid.ts's grid: owners × parts × an injury or event said of the leg (a fracture,
// a strain, overuse, a side effect, pregnancy, dehydration, nerve damage, tendonitis, a cramp,
// stretching, a warm-up, a visit to the doctor), in a few frames, and the counter-grid: the same
// event words in other senses, where nothing should be marked.

export type EventLine = {
  text: string;
  /** The event phrase's family, as the failures are counted. */
  family: string;
  part: string;
  /** The card the part's own word marks, if any ("ankle" → ankle-joint; "foot" has none). */
  partEntry?: string;
  /** The event's cards: one of them should mark where the pack has a form of it in the line. */
  eventEntries: string[];
};

/** An owner as said before the part, and the subject of an active sentence with its possessive. */
const OWNERS: [owner: string, subject: string, own: string][] = [
  ['my', 'I', 'my'],
  ['his', 'he', 'his'],
  ['her', 'she', 'her'],
  ['their', 'they', 'their'],
  ['your', 'you', 'your'],
  ['the', 'I', 'the'],
  ["my son's", 'my son', 'his'],
  ["mum's", 'Mum', 'her'],
  ["my husband's", 'my husband', 'his'],
];
/** The owners each frame but the plain one is said with, as grid-text.ts does, to keep the grid small. */
const FRAMED_OWNERS = OWNERS.filter(([owner]) => ['my', 'his', 'her', "my son's"].includes(owner));
const PARTS: [string, string?][] = [
  ['calf', 'calf-muscle'],
  ['ankle', 'ankle-joint'],
  ['knee', 'knee-joint'],
  ['leg'],
  ['foot'],
  ['shin'],
  ['heel'],
  ['Achilles', 'achilles-tendon'],
  ['tibia', 'tibia'],
  ['fibula', 'fibula'],
  ['thigh'],
];
/** `{S}` the subject, `{o}` the possessive after a verb, `{O}` the owner before the part, `{p}` the part. */
const EVENTS: [family: string, template: string, entries: string[]][] = [
  ['fracture', '{S} fractured {o} {p}', ['fracture']],
  ['fracture', '{S} broke {o} {p}', ['fracture']],
  ['fracture', '{O} {p} is broken', ['fracture']],
  ['fracture', '{O} {p} was fractured', ['fracture']],
  ['fracture', '{S} had a fracture of {o} {p}', ['fracture']],
  ['fracture', '{S} got a stress fracture in {o} {p}', ['fracture']],
  ['fracture', '{S} cracked {o} {p}', ['fracture']],
  ['fracture', '{S} started physical therapy for {o} fractured {p}', ['fracture']],
  ['fracture', "{O} {p} isn't broken, just bruised", ['fracture', 'bruising']],
  ['strain', '{S} pulled {o} {p}', ['muscle-strain']],
  ['strain', '{S} strained {o} {p}', ['muscle-strain']],
  ['strain', '{S} tore {o} {p}', ['muscle-strain']],
  ['strain', '{S} got a tear in {o} {p}', ['muscle-strain']],
  ['strain', '{S} had a strain of {o} {p}', ['muscle-strain']],
  ['strain', '{S} pulled a muscle in {o} {p}', ['muscle-strain']],
  ['other injury', '{S} had broken {o} {p}', []],
  ['other injury', '{S} snapped {o} {p} landing badly', []],
  ['other injury', '{S} dislocated {o} {p}', []],
  ['other injury', '{S} banged {o} {p} on the coffee table', []],
  ['other injury', '{S} tweaked {o} {p} on the stairs', []],
  ['other injury', '{S} wrenched {o} {p} in a pothole', []],
  ['overuse', '{S} overdid it and {o} {p} hurts', ['overuse']],
  ['overuse', '{O} {p} pain is from overuse', ['overuse']],
  ['overuse', '{S} overused {o} {p}', ['overuse']],
  ['overuse', '{O} {p} is sore from overtraining', ['overuse']],
  ['side-effect', '{O} {p} pain is a side effect of the statin', ['side-effect']],
  ['side-effect', 'a side effect of the new pills is pain in {o} {p}', ['side-effect']],
  ['side-effect', 'the pills made {o} {p} ache', ['side-effect']],
  ['pregnancy', 'while pregnant {o} {p} ached', ['pregnancy']],
  ['pregnancy', 'during pregnancy {o} {p} hurt every night', ['pregnancy']],
  ['dehydration', '{S} got dehydrated and {o} {p} cramped up', ['dehydration', 'leg-cramp']],
  ['dehydration', '{O} {p} ached because {S} got dehydrated', ['dehydration']],
  ['nerve-damage', 'there is nerve damage in {o} {p}', ['nerve-damage']],
  ['nerve-damage', 'the nerve in {o} {p} is damaged', ['nerve-damage']],
  ['nerve-damage', '{O} {p} has nerve damage', ['nerve-damage']],
  ['tendonitis', '{S} got tendonitis in {o} {p}', ['achilles-tendonitis']],
  ['tendonitis', '{O} {p} tendonitis flared up', ['achilles-tendonitis']],
  ['cramp', '{S} got a cramp in {o} {p}', ['leg-cramp']],
  ['cramp', '{S} woke up with a cramp in {o} {p}', ['leg-cramp']],
  ['cramp', '{O} {p} cramped', ['leg-cramp']],
  ['cramp', '{S} had cramping in {o} {p}', ['leg-cramp']],
  ['stretching', '{S} stretched {o} {p}', ['stretching']],
  ['stretching', '{S} did a stretch for {o} {p}', ['stretching']],
  ['stretching', 'stretching {o} {p} helps', ['stretching']],
  ['warm-up', "{S} didn't warm up and {o} {p} got sore", ['warm-up']],
  ['warm-up', '{S} skipped the warm-up and hurt {o} {p}', ['warm-up']],
  ['provider', '{S} saw the doctor about {o} {p}', ['healthcare-provider']],
  ['provider', '{S} saw a GP about {o} {p}', ['healthcare-provider']],
  ['provider', 'the physio looked at {o} {p}', ['healthcare-provider']],
];
/** Shapes said of a fixed part, often plural: "cramping calves", "nerve damage in my feet". */
const FIXED: [family: string, template: string, part: string, entries: string[]][] = [
  ['cramp', '{S} woke up with cramping calves', 'calves', ['leg-cramp']],
  ['cramp', '{S} got a calf cramp on the bike', 'calf', ['leg-cramp']],
  ['cramp', '{O} calves were cramping all night', 'calves', ['leg-cramp']],
  ['nerve-damage', '{S} got nerve damage in {o} feet', 'feet', ['nerve-damage']],
  ['nerve-damage', 'the nerve damage in {o} legs is getting worse', 'legs', ['nerve-damage']],
  ['stretching', '{S} stretched {o} hamstrings', 'hamstrings', ['stretching']],
  ['stretching', '{S} stretched {o} calves after the run', 'calves', ['stretching']],
  ['warm-up', '{S} warmed up {o} knees before running', 'knees', ['warm-up']],
  ['side-effect', 'the pills made {o} legs ache', 'legs', ['side-effect']],
  ['overuse', 'the pain in {o} knees is from overuse', 'knees', ['overuse']],
  ['tendonitis', '{S} got tendonitis in {o} Achilles', 'Achilles', ['achilles-tendonitis']],
  ['pregnancy', '{O} calves cramped every night while pregnant', 'calves', ['pregnancy', 'leg-cramp']],
];
const FIXED_ENTRY: Record<string, string> = {
  calf: 'calf-muscle',
  calves: 'calf-muscle',
  knees: 'knee-joint',
  ankles: 'ankle-joint',
  Achilles: 'achilles-tendon',
};
/** The event asked after as a noun: "Could it be a stress fracture in my shin?" */
const QUESTIONS: [family: string, question: string, entries: string[]][] = [
  ['fracture', 'Could it be a stress fracture in {O} {p}?', ['fracture']],
  ['fracture', 'Could it be a fracture of {O} {p}?', ['fracture']],
  ['strain', 'Could it be a strain in {O} {p}?', ['muscle-strain']],
  ['tendonitis', 'Could it be tendonitis in {O} {p}?', ['achilles-tendonitis']],
  ['nerve-damage', 'Could it be nerve damage in {O} {p}?', ['nerve-damage']],
  ['cramp', 'Could it be a cramp in {O} {p}?', ['leg-cramp']],
  ['side-effect', 'Could the pain in {O} {p} be a side effect?', ['side-effect']],
  ['overuse', 'Could the pain in {O} {p} be from overuse?', ['overuse']],
];
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** Frames around a clause: plain, a time before, a match before, the pain after, a question. */
const FRAMES: [string, (clause: string) => string][] = [
  ['plain', (c) => `${cap(c)}.`],
  ['last-week', (c) => `Last week ${c}.`],
  ['after-match', (c) => `After the match, ${c}.`],
  ['hurts-now', (c) => `${cap(c)} and now it hurts.`],
  ['question', (c) => `Could it be that ${c}?`],
];

/** A template said by one owner: a sentence with a subject names its owner again as a possessive ("my son … his ankle"). */
const said = (template: string, [owner, subject, own]: (typeof OWNERS)[number], part: string) =>
  template
    .replace('{S}', subject)
    .replace('{O}', owner)
    .replace('{o}', template.includes('{S}') ? own : owner)
    .replace('{p}', part);

export const eventLines = (): EventLine[] => {
  const lines: EventLine[] = [];
  for (const [part, partEntry] of PARTS)
    for (const [frame, framed] of FRAMES)
      for (const owned of frame === 'plain' ? OWNERS : FRAMED_OWNERS)
        for (const [family, template, eventEntries] of EVENTS)
          lines.push({ text: framed(said(template, owned, part)), family, part, partEntry, eventEntries });
  for (const [, framed] of FRAMES)
    for (const owned of OWNERS)
      for (const [family, template, part, eventEntries] of FIXED) {
        const text = framed(said(template, owned, part));
        lines.push({ text, family: `${family}, fixed part`, part, partEntry: FIXED_ENTRY[part], eventEntries });
      }
  for (const [part, partEntry] of PARTS)
    for (const [owner] of OWNERS)
      for (const [family, question, eventEntries] of QUESTIONS) {
        const text = question.replace('{O}', owner).replace('{p}', part);
        lines.push({ text, family: `${family} (asked)`, part, partEntry, eventEntries });
      }
  return lines;
};
