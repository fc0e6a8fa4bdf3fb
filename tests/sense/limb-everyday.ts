// limb-grid.ts's counter-grid: the words of a leg's parts and of its frames (a cast, a burn, tape,
// atrophy) in the senses of fashion, cooking, farming, politics, fiction and sport reports of a team,
// said by many persons in a few frames. Nothing should be marked. "On bended knee" is a proposal here
// (a posture, no part of a body named for its health), and so unmarked.
import type { LimbLine } from './limb-words.ts';

/** `{P}` a person or everyday subject, `{p}` their possessive. */
const CLAUSES = [
  '{P} had to bend the knee to the king',
  '{P} proposed on bended knee',
  '{P} went down on one knee with a ring',
  '{P} {is} knee-deep in paperwork',
  '{P} bought knee-high boots for the winter',
  'the chart shows the knee of the curve in March',
  '{P} wrote a knee-jerk reaction to the vote',
  '{P} went weak at the knees when she smiled',
  'the strikes brought the economy to its knees',
  'the rebels were on their knees begging for terms',
  '{P} broke the ankle strap of a sandal',
  '{P} packed ankle socks and a sun hat',
  '{P} wore ankle-length trousers to the wedding',
  'a calf was born on the farm this morning',
  '{P} bought a bag of calf leather',
  'the cow and her calf grazed by the river',
  '{P} wore a calf-length skirt',
  "pride was {p} Achilles' heel",
  'the defence is the Achilles heel of the team',
  '{P} cut the heel of the loaf for the toast',
  '{P} broke the heel of {p} shoe',
  '{P} slow-cooked a shin of beef',
  '{P} roasted a chicken thigh with lemon',
  '{P} ripped the thigh of {p} jeans',
  'the play has a cast of twelve actors',
  '{P} left a burn on the pan',
  '{P} put tape around the box',
  "the reporter wrote about the team's atrophy",
  'the club has no strength in depth this season',
  '{P} put ice on the drinks',
  '{P} measured the table for the new cloth',
  'the mechanic examined the engine',
  '{P} locked the door and twisted the key',
  'the bridge has a knee brace under the deck',
  'the pipe has a knee joint at the corner',
  '{P} rotated the tyres on the car',
  'the market buckled under the weight of debt',
  '{P} scored a cut on the loaf before baking',
  'the farmer put a splint on the calf of the barn',
];
const PERSONS: [person: string, own: string, is: string][] = [
  ['I', 'my', 'am'],
  ['he', 'his', 'is'],
  ['she', 'her', 'is'],
  ['they', 'their', 'are'],
  ['my son', 'his', 'is'],
  ['Mum', 'her', 'is'],
  ['the chef', 'his', 'is'],
  ['the minister', 'her', 'is'],
  ['the striker', 'his', 'is'],
  ['the designer', 'her', 'is'],
  ['the farmer', 'his', 'is'],
  ['the senator', 'her', 'is'],
  ['my aunt', 'her', 'is'],
  ['the coach', 'his', 'is'],
  ['the author', 'her', 'is'],
  ['the bride', 'her', 'is'],
  ['the king', 'his', 'is'],
  ['our neighbour', 'his', 'is'],
  ['the reviewer', 'her', 'is'],
  ['the winger', 'his', 'is'],
];
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const FRAMES: ((clause: string) => string)[] = [
  (c) => `${cap(c)}.`,
  (c) => `Last week ${c}.`,
  (c) => `In the report, ${c}.`,
  (c) => `Is it true that ${c}?`,
  (c) => `The shop was busy. ${cap(c)}.`,
  (c) => `After the match, ${c}.`,
  (c) => `Since the election ${c}.`,
  (c) => `The recipe is simple. ${cap(c)}.`,
  (c) => `In chapter two ${c}.`,
  (c) => `According to the blog, ${c}.`,
  (c) => `The season was long. ${cap(c)}.`,
  (c) => `Is it normal that ${c}?`,
  (c) => `By the end of the show ${c}.`,
  (c) => `The sale starts today. ${cap(c)}.`,
  (c) => `On the farm ${c}.`,
  (c) => `The review says ${c}.`,
  (c) => `At the wedding ${c}.`,
  (c) => `Then ${c}.`,
];

export const everydayLimbLines = (): LimbLine[] => {
  const lines = new Set<string>();
  for (const clause of CLAUSES)
    for (const [person, own, is] of PERSONS)
      for (const framed of FRAMES)
        lines.add(framed(clause.replace('{P}', person).replace('{p}', own).replace('{is}', is)));
  return [...lines].map((text) => ({ text, family: 'everyday', part: '' }));
};
