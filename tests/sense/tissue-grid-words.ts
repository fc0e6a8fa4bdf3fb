/**
 * The tissue grid's lines (tissue-grid.ts): each class of a health article's wrong marks (issue 11,
 * the tissue17 round: docs/sense.md "Another tissue's stiffness, stretch and tendonitis"), as the
 * same predicate said of what the card does not explain (`isKept` false: the form must not carry
 * `entry`) and of what it does (`isKept` true: the form must carry it). Our own sentences.
 */
import { otherTendonLines, achillesLines } from './tissue-grid-tendons.ts';
import { caseLines } from './tissue-grid-cases.ts';

export interface TissueLine {
  family: string;
  text: string;
  /** The word read in `text` (its first occurrence). */
  form: string;
  entry: string;
  isKept: boolean;
}

interface Noun {
  /** With its determiner, as a subject: "the plantar fascia". */
  the: string;
  /** Bare, as a modifier: "plantar fascia". */
  bare: string;
  isPlural: boolean;
  /** Bare, in the plural: "calves". */
  bares: string;
}
const noun = (the: string, bare: string, isPlural = false, bares = `${bare}s`): Noun => ({
  the,
  bare,
  isPlural,
  bares,
});

const TISSUES = [
  noun('tendons', 'tendon', true),
  noun('the tendon', 'tendon'),
  noun('the Achilles tendon', 'Achilles tendon'),
  noun('the plantar fascia', 'plantar fascia'),
  noun('the fascia', 'fascia'),
  noun('the ligaments', 'ligament', true),
  noun('the ligament', 'ligament'),
  noun('the IT band', 'IT band'),
  noun('the joint capsule', 'joint capsule'),
  noun('the capsule', 'capsule'),
  noun('the cartilage', 'cartilage'),
];
const MUSCLES = [
  noun('the calf muscles', 'calf muscle', true),
  noun('the hamstrings', 'hamstring', true),
  noun('my calves', 'calf', true, 'calves'),
  noun('the soleus', 'soleus', false, 'soleus muscles'),
];

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const be = (n: Noun) => (n.isPlural ? 'are' : 'is');

/** A stiffness said of a part: the adjective, the state, the noun and its place, the compound. */
const STIFF_FRAMES: [string, (n: Noun) => string][] = [
  ['stiff', (n) => `${cap(n.the)} ${be(n)} stiff after a long run.`],
  ['tight', (n) => `${cap(n.the)} ${be(n)} tight first thing in the morning.`],
  ['tight', (n) => `A tight ${n.bare} pulls on the heel bone.`],
  ['tightness', (n) => `Runners often notice tightness in ${n.the} after hill work.`],
  ['stiffness', (n) => `The stiffness of ${n.the} changes with training.`],
  ['stiffness', (n) => `${cap(n.bare)} stiffness was measured with ultrasound.`],
  ['tightness', (n) => `${cap(n.bare)} tightness is common in people who sit all day.`],
  ['stiff', (n) => `Stiff ${n.isPlural ? n.bares : n.bare} store energy like a spring.`],
];

/** A stretch that the part undergoes, not the exercise. */
const STRETCH_TISSUE_FRAMES: [string, (n: Noun) => string][] = [
  ['stretched', (n) => `${cap(n.the)} ${be(n)} stretched with every step you take.`],
  ['stretch', (n) => `${cap(n.the)} can stretch too far when the foot rolls inward.`],
  // "stretch" is found at the start of "stretches" too.
  [
    'stretch',
    (n) => `When the ankle turns, ${n.the} ${n.isPlural ? 'stretch beyond their' : 'stretches beyond its'} limit.`,
  ],
  ['stretched', (n) => `A sprain happens when ${n.the} ${n.isPlural ? 'are' : 'is'} stretched or torn.`],
];
/** The exercise, said of a muscle: must stay marked. */
const STRETCH_MUSCLE_FRAMES: [string, (n: Noun) => string][] = [
  ['stretch', (n) => `I stretch ${n.the} every morning before work.`],
  ['stretched', (n) => `I stretched ${n.the} after the run and felt better.`],
  ['stretch', (n) => `Gently stretch ${n.the} for thirty seconds on each side.`],
  ['stretches', (n) => `Daily stretches for ${n.the} helped my pain.`],
];

function grid(family: string, nouns: Noun[], frames: [string, (n: Noun) => string][], entry: string, isKept: boolean) {
  return nouns.flatMap((n) => frames.map(([form, frame]) => ({ family, text: frame(n), form, entry, isKept })));
}

export type LinesOf = (family: string, form: string, entry: string, isKept: boolean, texts: string[]) => TissueLine[];
const lines: LinesOf = (family, form, entry, isKept, texts) =>
  texts.map((text) => ({ family, text, form, entry, isKept }));

export function tissueLines(): TissueLine[] {
  return [
    ...grid('tissue stiffness', TISSUES, STIFF_FRAMES, 'muscle-stiffness', false),
    ...grid('muscle stiffness', MUSCLES, STIFF_FRAMES, 'muscle-stiffness', true),
    ...grid('tissue stretch', TISSUES, STRETCH_TISSUE_FRAMES, 'stretching', false),
    ...grid('muscle stretching', MUSCLES, STRETCH_MUSCLE_FRAMES, 'stretching', true),
    ...otherTendonLines(),
    ...achillesLines(),
    ...caseLines(lines),
  ];
}
