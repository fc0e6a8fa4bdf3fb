// block-grid.ts's everyday counter-grid: two- and three-sentence blocks whose first sentence is no
// person's leg (news, finance, cooking, gardening, a team's match, fiction, a table's leg, a farm's
// calf, a road's knee), followed by the sign words in their everyday senses: nothing should be marked.
import type { BlockLine } from './block-grid-words.ts';

const OPENERS: [string, string][] = [
  ['news', 'Heavy rain fell across the valley overnight.'],
  ['news', 'The council closed the bridge on Tuesday.'],
  ['finance', 'Shares fell sharply after the results.'],
  ['finance', 'The central bank held rates in March.'],
  ['cooking', 'Brown the onions slowly in a heavy pan.'],
  ['cooking', 'I made a beef stew for the family on Sunday.'],
  ['gardening', 'We planted the tomatoes out in May.'],
  ['sport', 'United lost their third game in a row on Saturday.'],
  ['sport', 'The home side broke the deadlock in the second half.'],
  ['fiction', 'She closed the letter and looked out at the sea.'],
  ['tech', 'I broke my phone screen in March.'],
  ['fashion', 'I bought a new jacket for the wedding.'],
];
/** A leg, a calf or a knee that is no person's. */
const THING_OPENERS: [string, string][] = [
  ['table-leg', 'The kitchen table has a wobbly leg.'],
  ['farm-calf', 'The farmer moved the new calf into the barn.'],
  ['road-knee', 'The road bends sharply at the knee of the hill.'],
  ['relay-leg', 'She ran the last leg of the relay for the club.'],
];
/** The signs' words in other senses. */
const EVERYDAY_SIGNS = [
  'The swelling of the river worried the farmers.',
  'The market cramped and then rallied.',
  'It feels tight across the shoulders, so I may return it.',
  "There's a lump in the sauce, so keep whisking.",
  'The warmth of the room made everyone sleepy.',
  'The tenderness of the final scene stayed with me.',
  'The crowd kept swelling all afternoon.',
  "The pound's weakness hurt importers.",
  'Their defence looked weak and slow.',
  'The numbness of the news took days to lift.',
  'The meat should be tender after two hours.',
  'It was a bruising defeat for the manager.',
  'Money is tight this month.',
  'Her cheeks turned red with embarrassment.',
  'The soup is still warm.',
  'Stiff competition kept prices low.',
  'The dough should swell to twice its size.',
  'The rules cramp our style.',
  'A warm welcome waited at the hotel.',
  'The pitch felt soft and the second half was a cramped affair.',
];
/** The sign sentences of the body grid, after a leg that is no person's: nothing is the leg's. */
const BODY_SIGNS = [
  "It's still swollen.",
  'It feels weak.',
  'There is a hard lump.',
  'It gives way.',
  "It's tender to the touch.",
  'The swelling comes and goes.',
];
const AFTER = ['', ' Anyway, back to it.'];

const line = (family: string, opener: string, sign: string, after: string): BlockLine => ({
  text: `${opener} ${sign}${after}`,
  opener: family,
  shape: sign,
  signAt: [opener.length + 1, opener.length + 1 + sign.length],
  signEntries: [],
  mayBeRed: false,
});

export const everydayBlockLines = (): BlockLine[] => {
  const lines: BlockLine[] = [];
  for (const [family, opener] of OPENERS)
    for (const sign of EVERYDAY_SIGNS) for (const after of AFTER) lines.push(line(family, opener, sign, after));
  for (const [family, opener] of THING_OPENERS)
    for (const sign of [...BODY_SIGNS, ...EVERYDAY_SIGNS]) lines.push(line(family, opener, sign, ''));
  return lines;
};
