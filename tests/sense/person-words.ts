// The words of person-grid.ts's grid: persons × whole-body sign predicates in a few frames, with no
// part of the body named (the everyday counter-grid is person-everyday.ts). Each line names the word
// that should be marked and its card, or none.

export type PersonLine = {
  text: string;
  frame: string;
  predicate: string;
  /** The word the line's sign is said with ("stiff", "cramps"), found from the line's end back. */
  word?: string;
  /** The cards one of which should mark `word`; none where the grid expects no mark at all. */
  entries: string[];
  /** Cards a mark may have without being wrong, though none is asked for. */
  allowed?: string[];
};

/** A person: the subject, its possessive and object, and which verb form it takes. */
export type Person = { who: string; pos: string; obj: string; form: 0 | 1 | 2 };
const person = (who: string, pos: string, obj: string, form: 0 | 1 | 2 = 0): Person => ({ who, pos, obj, form });
export const PERSONS: Person[] = [
  person('I', 'my', 'me', 1),
  person('he', 'his', 'him'),
  person('she', 'her', 'her'),
  person('my dad', 'his', 'him'),
  person('mum', 'her', 'her'),
  person('my husband', 'his', 'him'),
  person('my son', 'his', 'him'),
  person('my grandmother', 'her', 'her'),
  person('the patient', 'their', 'them'),
  person('they', 'their', 'them', 2),
];
const STIFF = ['muscle-stiffness'];
const CRAMP = ['leg-cramp', 'muscle-spasm'];
const SPASM = ['muscle-spasm'];
/**
 * A whole person's weakness (after the flu, after chemo) is a fatigue, not the muscle-weakness
 * card's lost strength in a muscle: the corpus labels it other-medical (other-medical.lead.txt).
 * Neither asked nor wrong here; the lines count a red mark still.
 */
const WEAK: string[] = [];
/**
 * A predicate: its forms for "he" / "I" / "they" ({pos} the person's possessive), the word its
 * sign is said with, its cards, and the noun a second sentence says it back with. The edema card is
 * `legOnly` (a swelling of the leg), so a whole body's swelling expects none; warming up before a
 * walk is the warm-up card's; the cramps are the leg-cramp card's, whose text names night cramps.
 */
const PREDICATES: [string, string, string, string, string[], string][] = [
  ['feels stiff', 'feel stiff', 'feel stiff', 'stiff', STIFF, 'This stiffness'],
  ['felt stiff', 'felt stiff', 'felt stiff', 'stiff', STIFF, 'The stiffness'],
  ['woke up stiff', 'woke up stiff', 'woke up stiff', 'stiff', STIFF, 'The stiffness'],
  ['is stiff all over', 'am stiff all over', 'are stiff all over', 'stiff', STIFF, 'This stiffness'],
  [
    'has stiffness every morning',
    'have stiffness every morning',
    'have stiffness every morning',
    'stiffness',
    STIFF,
    'The stiffness',
  ],
  ['gets cramps at night', 'get cramps at night', 'get cramps at night', 'cramps', CRAMP, 'The cramps'],
  ['got cramps at night', 'got cramps at night', 'got cramps at night', 'cramps', CRAMP, 'The cramps'],
  ['cramps up at night', 'cramp up at night', 'cramp up at night', 'cramp', CRAMP, 'The cramps'],
  ['keeps cramping', 'keep cramping', 'keep cramping', 'cramping', CRAMP, 'The cramping'],
  ['has spasms', 'have spasms', 'have spasms', 'spasms', SPASM, 'The spasms'],
  ['twitches and spasms', 'twitch and spasm', 'twitch and spasm', 'spasm', SPASM, 'The spasms'],
  ['feels weak', 'feel weak', 'feel weak', 'weak', WEAK, 'The weakness'],
  ['has been so weak', 'have been so weak', 'have been so weak', 'weak', WEAK, 'The weakness'],
  [
    'has had weakness since the flu',
    'have had weakness since the flu',
    'have had weakness since the flu',
    'weakness',
    WEAK,
    'The weakness',
  ],
  ['feels numb all over', 'feel numb all over', 'feel numb all over', 'numb', ['numbness'], 'The numbness'],
  [
    'has tingling all over',
    'have tingling all over',
    'have tingling all over',
    'tingling',
    ['tingling'],
    'The tingling',
  ],
  ['is swollen all over', 'am swollen all over', 'are swollen all over', 'swollen', [], 'The swelling'],
  [
    'stretches every morning',
    'stretch every morning',
    'stretch every morning',
    'stretch',
    ['stretching'],
    'The stretching',
  ],
  ['does {pos} stretches', 'do {pos} stretches', 'do {pos} stretches', 'stretches', ['stretching'], 'The stretching'],
  [
    'is warming up before the walk',
    'am warming up before the walk',
    'are warming up before the walk',
    'warming up',
    ['warm-up'],
    'The warm-up',
  ],
  [
    'stays hydrated for the cramps',
    'stay hydrated for the cramps',
    'stay hydrated for the cramps',
    'hydrated',
    ['hydration'],
    'The cramps',
  ],
  [
    'drinks more water for the cramps',
    'drink more water for the cramps',
    'drink more water for the cramps',
    'cramps',
    CRAMP,
    'The cramps',
  ],
];
/**
 * What a line may mark besides its sign: the cramp and spasm cards of one another's words, the
 * cramps a hydration line names, and the edema card's whole-body swelling (its text says "fluid
 * building up in the body's tissues", though the card is `legOnly`: neither asked nor wrong).
 */
const ALLOWED = [...CRAMP, 'edema', 'hydration', 'stretching', 'muscle-weakness'];
export const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** Frames around "<person> <predicate>": plain, an illness or a time before, a course after, a question. */
const FRAMES: [string, (clause: string) => string][] = [
  ['plain', (c) => `${cap(c)}.`],
  ['diagnosis', (c) => `Since the diagnosis, ${c}.`],
  ['chemo', (c) => `After chemo, ${c}.`],
  ['mornings', (c) => `In the mornings ${c}.`],
  ['worse', (c) => `${cap(c)} and it's getting worse.`],
  ['question', (c) => `Is it normal that ${c}?`],
];

export const personLines = (): PersonLine[] => {
  const lines: PersonLine[] = [];
  for (const { who, pos, form } of PERSONS)
    for (const [he, i, they, word, entries, back] of PREDICATES) {
      const predicate = [he, i, they][form]!.replace('{pos}', pos);
      for (const [frame, framed] of FRAMES)
        lines.push({ text: framed(`${who} ${predicate}`), frame, predicate: he, word, entries, allowed: ALLOWED });
      // The sign said back in a second sentence: the first sentence's own is not asked.
      const verb = back.endsWith('s') ? 'are' : 'is';
      const text = `${cap(who)} ${predicate}. ${back} ${verb} the worst part.`;
      const backWord = back.split(' ')[1]!.toLowerCase();
      lines.push({ text, frame: 'said-back', predicate: he, word: backWord, entries, allowed: ALLOWED });
    }
  return lines;
};
