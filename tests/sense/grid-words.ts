// The words of grid-text.ts's grid: owners × parts × sign predicates in a few frames, the sign said
// first, and the everyday counter-grid (the same predicates said of things that are no body).

export type GridLine = {
  text: string;
  frame: string;
  part: string;
  predicate: string;
  /** The card the part's own word marks, if any ("ankle" → ankle-joint; "foot" has none). */
  partEntry?: string;
  /** The cards one of which should mark the sign; none where the grid does not expect one. */
  signEntries: string[];
  /** Cards the sign may also mark without being wrong. */
  otherEntries: string[];
};

export const OWNERS = ['my', 'his', 'her', 'their', 'your', 'the', 'a', 'our', "my son's", "mum's", "my husband's"];
export const PARTS: [string, boolean, string?][] = [
  ['calf', false, 'calf-muscle'],
  ['calves', true, 'calf-muscle'],
  ['ankle', false, 'ankle-joint'],
  ['ankles', true, 'ankle-joint'],
  ['knee', false, 'knee-joint'],
  ['knees', true, 'knee-joint'],
  ['leg', false],
  ['legs', true],
  ['foot', false],
  ['feet', true],
  ['shin', false],
  ['thigh', false],
  ['heel', false],
  ['Achilles', false, 'achilles-tendon'],
];
const SWELL = ['edema'];
const CRAMP = ['leg-cramp', 'muscle-spasm'];
const OTHER = ['calf-pain', 'muscle-stiffness', 'limited-mobility', 'muscle-weakness', 'leg-cramp', 'muscle-spasm'];
/** A predicate: its singular and plural wording and the cards its sign should mark. */
const PREDICATES: [string, string, string[]][] = [
  ['is swollen', 'are swollen', SWELL],
  ['was swollen', 'were swollen', SWELL],
  ['is swelling', 'are swelling', SWELL],
  ['was swelling', 'were swelling', SWELL],
  ['swelled', 'swelled', SWELL],
  ['swelled up', 'swelled up', SWELL],
  ['started swelling', 'started swelling', SWELL],
  ['started to swell', 'started to swell', SWELL],
  ['was starting to swell', 'were starting to swell', SWELL],
  ['began to swell', 'began to swell', SWELL],
  ['has been swelling', 'have been swelling', SWELL],
  ['keeps swelling', 'keep swelling', SWELL],
  ['got swollen', 'got swollen', SWELL],
  ['has swollen up', 'have swollen up', SWELL],
  ['had swelled', 'had swelled', SWELL],
  ['is getting swollen', 'are getting swollen', SWELL],
  ['seems swollen', 'seem swollen', SWELL],
  ['has gone numb', 'have gone numb', ['numbness']],
  ['is going numb', 'are going numb', ['numbness']],
  ['went numb', 'went numb', ['numbness']],
  ['felt numb', 'felt numb', ['numbness']],
  ['is numb', 'are numb', ['numbness']],
  ['was numb', 'were numb', ['numbness']],
  ['started tingling', 'started tingling', ['tingling']],
  ['is tingling', 'are tingling', ['tingling']],
  ['is tender', 'are tender', ['tenderness']],
  ['felt tender', 'felt tender', ['tenderness']],
  ['was red and hot', 'were red and hot', ['redness', 'warmth']],
  ['turned red', 'turned red', ['redness']],
  ['felt warm', 'felt warm', ['warmth']],
  ['feels tight', 'feel tight', []],
  ['is stiff', 'are stiff', []],
  ['cramped up', 'cramped up', CRAMP],
  ['keeps cramping', 'keep cramping', CRAMP],
  ['is bruised', 'are bruised', ['bruising']],
  ['was bruising', 'were bruising', ['bruising']],
  ['felt weak', 'felt weak', []],
  ['gave way', 'gave way', []],
];
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** Frames around "<owner> <part> <predicate>": plain, a time before, an effect after, a question. */
const FRAMES: [string, (clause: string) => string][] = [
  ['plain', (c) => `${cap(c)}.`],
  ['yesterday', (c) => `Yesterday ${c}.`],
  ['after-run', (c) => `After the run, ${c}.`],
  ['it-hurt', (c) => `${cap(c)} and it hurt.`],
  ['question', (c) => `Is it normal that ${c}?`],
];
/** The sign said first: "swelling in my ankle". */
const SIGN_FIRST: [string, string[]][] = [
  ['There is swelling in X.', SWELL],
  ['I noticed numbness in X.', ['numbness']],
  ['She has tenderness at the back of X.', ['tenderness']],
  ['Pain and swelling of X since Monday.', SWELL],
  ['Tingling in X all night.', ['tingling']],
];

export const gridLines = (): GridLine[] => {
  const lines: GridLine[] = [];
  for (const [part, isPlural, partEntry] of PARTS)
    for (const [frame, framed] of FRAMES)
      for (const owner of frame === 'plain' ? OWNERS : ['my', 'his', 'her', 'the'])
        for (const [singular, plural, signEntries] of PREDICATES) {
          if (owner === 'a' && isPlural) continue;
          const predicate = isPlural ? plural : singular;
          const clause = `${owner} ${part} ${predicate}`;
          lines.push({
            text: framed(clause),
            frame,
            part,
            predicate: singular,
            partEntry,
            signEntries,
            otherEntries: OTHER,
          });
        }
  for (const [part, isPlural, partEntry] of PARTS)
    for (const owner of ['my', 'his', 'her', 'their', 'the'])
      for (const [shape, signEntries] of SIGN_FIRST) {
        if (owner === 'a' && isPlural) continue;
        const text = shape.replace('X', `${owner} ${part}`);
        lines.push({ text, frame: 'sign-first', part, predicate: shape, partEntry, signEntries, otherEntries: OTHER });
      }
  return lines;
};

const THINGS = [
  'the river',
  'the crowd',
  'the market',
  'the budget',
  'the dough',
  'the balloon',
  'his ego',
  "the orchestra's sound",
  "the team's lead",
  'the queue',
  'the wood',
  'the tyre',
  'the paint',
  'the steak',
  'the loaf',
  "the wound's dressing",
];
/** Fiction and idiom: the same words, no body's sign. */
const IDIOMS = [
  'His heart swelled with pride as she crossed the line.',
  'The music swelled as the credits rolled.',
  'She sat numb with grief through the whole service.',
  'Her knees went weak when he smiled at her.',
  'My feet are killing me in these heels.',
  'The market went numb after the rate decision.',
  'Prices swelled and the budget felt tight all year.',
  'The crowd at the foot of the stage started swelling.',
  'He turned red when the teacher read his essay aloud.',
  'The steak was tender and the sauce was warm.',
  'My legs turned to jelly before the exam.',
  'The bank was bruised by the quarter but its lead held.',
];

export const everydayLines = (): GridLine[] => {
  const lines: GridLine[] = [];
  for (const thing of THINGS)
    for (const [singular] of PREDICATES)
      lines.push({
        text: `${cap(thing)} ${singular}.`,
        frame: 'thing',
        part: thing,
        predicate: singular,
        signEntries: [],
        otherEntries: [],
      });
  for (const text of IDIOMS)
    lines.push({ text, frame: 'idiom', part: '', predicate: text, signEntries: [], otherEntries: [] });
  return lines;
};
