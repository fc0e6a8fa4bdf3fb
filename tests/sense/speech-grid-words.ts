// The words of speech-grid.ts's grid: the leg's signs said in a forum's speech shapes (questions,
// denials, reports, advice, lists) of grid-words.ts's parts, and the same shapes said of things that
// are no body (the counter-grid). Templates hold slots filled per part and sign (`fill`).
import { PARTS } from './grid-words.ts';

/** A sign: its adjective (none for a lump), its noun with and without an article, and its cards. */
export type Sign = { adj?: string; noun: string; bare: string; cards: string[]; isMuscleOnly?: boolean };

export const SIGNS: Sign[] = [
  { adj: 'swollen', noun: 'swelling', bare: 'swelling', cards: ['edema'] },
  { adj: 'numb', noun: 'numbness', bare: 'numbness', cards: ['numbness'] },
  { adj: 'tingly', noun: 'tingling', bare: 'tingling', cards: ['tingling'] },
  { adj: 'tender', noun: 'tenderness', bare: 'tenderness', cards: ['tenderness'] },
  { adj: 'red', noun: 'redness', bare: 'redness', cards: ['redness'] },
  { adj: 'warm', noun: 'warmth', bare: 'warmth', cards: ['warmth'] },
  // A joint's stiffness or weakness is no muscle's card (joint-stiffness.ts, joint-weakness.ts).
  { adj: 'tight', noun: 'tightness', bare: 'tightness', cards: ['muscle-stiffness'], isMuscleOnly: true },
  { adj: 'stiff', noun: 'stiffness', bare: 'stiffness', cards: ['muscle-stiffness'], isMuscleOnly: true },
  { adj: 'crampy', noun: 'cramping', bare: 'cramping', cards: ['leg-cramp', 'muscle-spasm'] },
  { adj: 'bruised', noun: 'bruising', bare: 'bruising', cards: ['bruising'] },
  { adj: 'weak', noun: 'weakness', bare: 'weakness', cards: ['muscle-weakness'], isMuscleOnly: true },
  { noun: 'a lump', bare: 'lump', cards: ['lump'] },
];
/** The parts whose signs of a muscle only (tight, stiff, weak) are the muscle's. */
export const MUSCLE_PARTS = new Set(['calf', 'calves', 'leg', 'legs', 'thigh', 'shin']);

/**
 * Speech shapes by family. Slots: {my} {your} {the} ("my calf"), {part}, {is} {isnt} {was} {feels}
 * {gets} {it} (agreeing with the part), {adj}, {noun} ("swelling", "a lump"), {bare} ("lump"),
 * {aAdj} ("a swollen calf", "swollen ankles"), {who} {who2} {who3} {see} (who would say it, whom to see).
 */
export const SHAPES: [string, string][] = [
  ['question', 'Why {is} {my} {adj}?'],
  ['question', 'Is it normal for {my} to be {adj}?'],
  ['question', 'Has anyone had {noun} in their {part} after a long flight?'],
  ['question', 'Should I be worried about {noun} in {my}?'],
  ['question', 'What causes {noun} in the {part}?'],
  ['question', 'What causes {aAdj}?'],
  ['question', 'Any idea why {my} {feels} so {adj}?'],
  ['question', 'Could the {bare} in {my} be serious?'],
  ['question', 'Do I need to see someone about {noun} in {my}?'],
  ['denial', 'No {bare} in {my}.'],
  ['denial', '{my} {isnt} {adj}.'],
  ['denial', "There's no {bare} in the {part}."],
  ['denial', 'I walked home without any {bare} in {my}.'],
  ['denial', '{my} {is} sore but not {adj}.'],
  ['report', '{who} said {my} {was} {adj}.'],
  ['report', '{who2} thinks the {bare} in {my} is from a strain.'],
  ['report', '{who3} checked {my} for {noun}.'],
  ['report', 'She told me the {bare} in {my} would pass.'],
  ['advice', 'If {your} {is} {adj}, get it checked.'],
  ['advice', 'When {your} {feels} {adj}, stand up and walk.'],
  ['advice', 'Elevate the {part} to reduce the {bare}.'],
  ['advice', 'Ice the {part} if {it} {gets} {adj}.'],
  ['advice', "Don't ignore {aAdj}."],
  ['advice', '{see} if you notice {noun} in {your}.'],
  ['list', '{noun}, soreness and aching in {my} since Monday.'],
];

export type Slots = { part: string; isPlural: boolean; sign: Sign; speakers: Speakers };
/** Who says it and whom to see: a doctor of a leg, a trade of a thing (a doctor would make it medical). */
export type Speakers = [string, string, string, string];

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The shape with its slots filled, or undefined where the sign has no word the shape needs. */
export const fill = (shape: string, { part, isPlural, sign, speakers }: Slots): string | undefined => {
  if (sign.adj === undefined && /\{(adj|aAdj)\}/.test(shape)) return undefined;
  const words: Record<string, string> = {
    my: `my ${part}`,
    your: `your ${part}`,
    the: `the ${part}`,
    part,
    is: isPlural ? 'are' : 'is',
    isnt: isPlural ? "aren't" : "isn't",
    was: isPlural ? 'were' : 'was',
    feels: isPlural ? 'feel' : 'feels',
    gets: isPlural ? 'get' : 'gets',
    it: isPlural ? 'they' : 'it',
    adj: sign.adj ?? '',
    noun: sign.noun,
    bare: sign.bare,
    aAdj: isPlural ? `${sign.adj} ${part}` : `a ${sign.adj} ${part}`,
    who: speakers[0],
    who2: speakers[1],
    who3: speakers[2],
    see: speakers[3],
  };
  return cap(shape.replace(/\{(\w+)\}/g, (_, slot: string) => words[slot] ?? slot));
};

/** The leg's parts (grid-words.ts's) with the card each one's own word marks. */
export const BODY_PARTS = PARTS.map(([part, isPlural, partEntry]) => ({ part, isPlural, partEntry }));
export const BODY_SPEAKERS: Speakers = ['The doctor', 'My physio', 'The nurse', 'See a doctor'];

/** Things that are no body, each with its plural, and who would speak of them. */
export const THINGS: [string, boolean][] = [
  ['river', false],
  ['dough', false],
  ['budget', false],
  ['battery', false],
  ['tyre', false],
  ['loaf', false],
  ['rope', false],
  ['schedule', false],
  ['voice', false],
  ['steak', false],
  ['engine', false],
  ['market', false],
  ['shares', true],
  ['jeans', true],
];
export const THING_SPEAKERS: Speakers = ['The analyst', 'My mechanic', 'The baker', 'Tell the shop'];

/** Fiction, idiom and the trades: the same words in speech shapes, no body's sign. */
export const COUNTER_LINES = [
  "Don't ignore a red flag.",
  'Should I worry about the warmth of the battery?',
  'What causes a lump in the gravy?',
  'No tenderness in the negotiations.',
  'The analyst said the market was weak.',
  'If your budget is tight, skip it.',
  'Why is the river so swollen this spring?',
  'Is it normal for the dough to be this tight after proving?',
  'Has anyone had tingling excitement before a first match?',
  "Don't ignore a weak signal on your router.",
  'She told me the numbness of grief would pass.',
  'Why does the pound feel so weak against the euro?',
  'The coach said the defence was weak on the left.',
  'Is it normal for the bread to be tender in the middle?',
  "There's no warmth in the way he writes about his father.",
  'If the paint is tacky, wait another hour.',
  'Any idea why my phone gets so warm when it charges?',
  'Elevate the planter so the roots drain.',
  'He said the crowd was swelling by the minute.',
  'What causes a knot in the wood grain?',
  'Should I be worried about a bulge in the tyre wall?',
  "The critic said the novel's ending felt weak and rushed.",
  'Her cheeks went red when she read the note aloud.',
  'Is it normal for a new leather boot to feel stiff at the heel?',
  "Don't ignore a tender offer that undervalues your shares.",
  'Without any warmth in her voice, she thanked the panel.',
];
