// The words of care-grid.ts's grid: care and advice shapes of a health page × signs, with no part of
// the body named, in imperative, second-person and passive voice, perhaps after a sentence that
// names an injury or a treatment with no part (the everyday counter-grid is care-everyday.ts).

export type CareLine = {
  text: string;
  /** The shape's family ("reduce", "lasts", "worse", "helps", "site", "how", "common", "tender"). */
  family: string;
  frame: string;
  /** The word the line's sign is said with, found from the line's end back. */
  word: string;
  /** The cards one of which should mark `word`; none where the grid expects no mark. */
  entries: string[];
};

/** A sign: its noun phrase after "the" ({the} is dropped for a bare noun), its word and its cards. */
type Sign = { noun: string; the: string; word: string; entries: string[] };
const sign = (noun: string, entries: string[], the = 'the ', word = noun): Sign => ({ noun, the, word, entries });
export const SIGNS: Sign[] = [
  sign('swelling', ['edema']),
  sign('numbness', ['numbness']),
  sign('tingling', ['tingling']),
  sign('tenderness', ['tenderness']),
  // A cramp with no part is not always the leg's: the grid's cramps are a muscle's ("muscle cramps").
  sign('muscle cramps', ['leg-cramp', 'muscle-spasm'], '', 'cramps'),
  sign('cramping', ['leg-cramp', 'muscle-spasm']),
  sign('stiffness', ['muscle-stiffness']),
  sign('bruising', ['bruising']),
  sign('lump', ['lump']),
  sign('muscle spasms', ['muscle-spasm'], '', 'spasms'),
];

/** Care verbs: the bare form and the passive participle. */
const VERBS: [string, string][] = [
  ['reduce', 'reduced'],
  ['relieve', 'relieved'],
  ['ease', 'eased'],
  ['prevent', 'prevented'],
  ['treat', 'treated'],
  ['manage', 'managed'],
];

/** Shapes of a sign `s` ({X} its phrase with "the", {x} without): [family, voice, text]. */
const shapes = (s: Sign): [string, string][] => {
  const X = `${s.the}${s.noun}`;
  const cap = X.charAt(0).toUpperCase() + X.slice(1);
  // "a lump" is countable: it takes "a" where the others stand bare.
  const n = s.word === 'lump' ? 'a lump' : s.noun;
  const bare = n.charAt(0).toUpperCase() + n.slice(1);
  const out: [string, string][] = [];
  for (const [verb, done] of VERBS) {
    out.push([`${verb} (imperative)`, `${verb.charAt(0).toUpperCase() + verb.slice(1)} ${X} with rest and ice.`]);
    out.push([`${verb} (you)`, `You can ${verb} ${X} by resting for a few days.`]);
    out.push([`${verb} (passive)`, `${cap} can be ${done} with rest and ice.`]);
  }
  out.push(['bring down', `Massage and rest help bring ${X} down.`]);
  out.push(['to help', `Use a cold compress to help ${X}.`]);
  out.push(['lasts', `${bare} that lasts more than three days should be checked by a doctor.`]);
  for (const course of ['gets worse', 'does not improve', 'remains'])
    out.push([`if ${course}`, `If ${X} ${course}, see your doctor.`]);
  for (const aid of ['Ice', 'Rest', 'Elevation', 'Compression']) out.push([`${aid} can help`, `${aid} can help ${X}.`]);
  for (const site of ['at the site', 'in the injured area', 'around the injury'])
    out.push([`sign ${site}`, `You may notice ${n} ${site}.`]);
  out.push(['how to prevent', `How to prevent ${n}?`]);
  for (const cause of ['surgery', 'an injury', 'a sprain'])
    out.push([`common after ${cause}`, `${bare} is common after ${cause}.`]);
  return out;
};

/** Tender said of the injured area, and numbing the pain (an act, not the numbness card: numbing-act.ts). */
const OTHER_SHAPES: [string, string, string, string[]][] = [
  ['tender to the touch', 'The injured area may be tender to the touch.', 'tender', ['tenderness']],
  ['tender to squeeze', 'The muscle is often tender to squeeze.', 'tender', ['tenderness']],
  ['tender when pressed', 'The area will feel tender when pressed.', 'tender', ['tenderness']],
  ['numb the pain', 'An ice pack can numb the pain.', 'numb', []],
];

/** A sentence before that names an injury or a treatment with no part, or none. */
const FRAMES: [string, string][] = [
  ['plain', ''],
  ['sprain', 'After a sprain, rest for the first two days. '],
  ['surgery', 'Following surgery, some discomfort is normal. '],
];

export const careLines = (): CareLine[] => {
  const lines: CareLine[] = [];
  for (const [frame, before] of FRAMES) {
    for (const s of SIGNS)
      for (const [family, text] of shapes(s))
        lines.push({ text: before + text, family, frame, word: s.word, entries: s.entries });
    for (const [family, text, word, entries] of OTHER_SHAPES)
      lines.push({ text: before + text, family, frame, word, entries });
  }
  return lines;
};
