// The everyday counter-grid of care-grid.ts: the same care verbs and shapes with the signs' words in
// their other senses (a river's swelling, a market's tightness, a dough's stiffness, the numbness of a
// loss, bruising on fruit, a lump in the sauce, a steak tender to the touch), on cooking, gardening,
// DIY and finance pages. Every mark on these lines is a failure.
import type { CareLine } from './care-words.ts';

/** A thing's sign: the phrase after "the", its bare form, and the page it belongs to. */
const THINGS: [string, string, string][] = [
  ['swelling of the river', 'swelling of the river', 'news'],
  ["balloon's swelling", 'swelling in the balloon', 'party'],
  ['swelling of the crowd', 'swelling of the crowd', 'news'],
  ['tightness of the market', 'tightness in the market', 'finance'],
  ['tightness of the budget', 'tightness in the budget', 'finance'],
  ['tightness of the jar lid', 'tightness of a jar lid', 'cooking'],
  ['stiffness of the dough', 'stiffness in the dough', 'cooking'],
  ["wood's stiffness", 'stiffness in the wood', 'DIY'],
  ['stiffness of the hinge', 'stiffness in the hinge', 'DIY'],
  ['numbness of the loss', 'numbness of grief', 'fiction'],
  ['bruising on the fruit', 'bruising on the fruit', 'cooking'],
  ['bruising on the apples', 'bruising on the pears', 'gardening'],
  ['lump in the sauce', 'a lump in the sauce', 'cooking'],
  ['lumps in the gravy', 'lumps in the gravy', 'cooking'],
  ['lumps in the plaster', 'a lump in the plaster', 'DIY'],
  ['tenderness of the scene', 'tenderness in the scene', 'fiction'],
  ['cramps of the kitchen', 'cramping of a small kitchen', 'DIY'],
  ['swelling of the timber', 'swelling in the timber', 'DIY'],
  ['swelling of the debt', 'swelling of the deficit', 'finance'],
  ['tingling of excitement', 'tingling of anticipation', 'fiction'],
];
const VERBS: [string, string][] = [
  ['reduce', 'reduced'],
  ['relieve', 'relieved'],
  ['ease', 'eased'],
  ['prevent', 'prevented'],
  ['treat', 'treated'],
  ['manage', 'managed'],
];
const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** The forum grid's shapes, said of a thing. */
const shapes = (thing: string, bare: string): [string, string][] => {
  const X = `the ${thing}`;
  const out: [string, string][] = [];
  for (const [verb, done] of VERBS) {
    out.push([`${verb} (imperative)`, `${capital(verb)} ${X} with a little patience.`]);
    out.push([`${verb} (you)`, `You can ${verb} ${X} by waiting a few days.`]);
    out.push([`${verb} (passive)`, `${capital(X)} can be ${done} with care.`]);
  }
  out.push(['bring down', `Patience and time help bring ${X} down.`]);
  out.push(['to help', `Use a cloth to help ${X}.`]);
  out.push(['lasts', `${capital(bare)} that lasts more than three days should be checked by an expert.`]);
  for (const course of ['gets worse', 'does not improve', 'remains'])
    out.push([`if ${course}`, `If ${X} ${course}, call the supplier.`]);
  for (const aid of ['Heat', 'Rest', 'Time', 'Pressure', 'Ice', 'Compression', 'Massage', 'Elevation'])
    out.push([`${aid} can help`, `${aid} can help ${X}.`]);
  for (const site of ['at the site', 'in the damaged area', 'around the repair'])
    out.push([`sign ${site}`, `You may notice ${bare} ${site}.`]);
  out.push(['how to prevent', `How to prevent ${bare}?`]);
  for (const cause of ['a storm', 'a delay', 'a long haul'])
    out.push([`common after ${cause}`, `${capital(bare)} is common after ${cause}.`]);
  return out;
};

/** Single lines of the same words on everyday pages: tender meat, a numbing loss, a stretched fabric. */
const SINGLES: string[] = [
  'The steak should be tender to the touch when it is done.',
  'A good loaf is tender to the touch and springs back.',
  'The pears are ripe when tender when pressed near the stem.',
  'The ribs were tender to squeeze after six hours in the smoker.',
  'Nothing can numb the pain of losing a parent.',
  'She drank to numb the pain of the breakup.',
  'Stretch the fabric over the frame and staple it.',
  'The kitchen felt cramped with six of us in it.',
  'Bruising on the fruit is common after a long haul.',
  'Whisk out any lump in the sauce before it thickens.',
  'Ice can help the cocktail stay cold for longer.',
  'Rest the dough to ease the stiffness before rolling.',
  'Prevent the dough from being stiff by adding a splash of milk.',
  'Treat the wood for stiffness with a coat of linseed oil.',
  'Compression can help the foam keep its shape.',
  'Elevation can help the seedlings get more light.',
  'If the swelling of the door does not improve, plane the edge.',
  'Relieve the tightness of the jar lid by running it under hot water.',
  'Swelling at the site of the leak means water got into the board.',
  'Tenderness in the injured relationship takes time to heal.',
  'Massage the kale with oil to ease the stiffness of the leaves.',
  'Add ice to the shaker to prevent any lumps in the cocktail.',
  'File compression can help reduce the swelling of your inbox.',
  'The doctor in the novel tried to ease the tenderness between the brothers.',
  'After the injury-time winner, the swelling of the crowd spilled onto the pitch.',
  'Elevate the cake tin to prevent bruising on the sponge.',
  'If the lumps in the batter remain, ask the pastry doctor.',
  'Stiffness in the new brush is common after washing.',
  'The muscle car needs its stiffness treated before the rally.',
  'The surgery on the bond market will ease the tightness of credit.',
];

/** A sentence before, some with a word of care in its other sense (a plant doctor, injury time). */
const FRAMES: string[] = [
  '',
  'Tip from the workshop: ',
  'The plant doctor says to be patient. ',
  'After the injury-time drama, the mood changed. ',
];

export const everydayCareLines = (): CareLine[] => {
  const lines: CareLine[] = [];
  for (const [thing, bare, page] of THINGS)
    for (const before of FRAMES)
      for (const [family, text] of shapes(thing, bare))
        lines.push({ text: before + text, family, frame: page, word: '', entries: [] });
  for (const text of SINGLES) lines.push({ text, family: 'single', frame: 'single', word: '', entries: [] });
  return lines;
};
