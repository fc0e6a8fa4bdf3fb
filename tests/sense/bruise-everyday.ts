// The everyday counter-grid of bruise-grid.ts: the bruise's words in their other senses (a bruising
// encounter, a bruised ego, bruised fruit, a bruiser, a bruise-coloured sky, a team that took a
// bruising), said by or of the same people, in the same sport, forum and article frames. Every mark
// on these lines is a failure.
import { cap, type BruiseLine } from './bruise-words.ts';

/** Who the other senses are said of: {who}, {pos}. */
const PEOPLE: [string, string][] = [
  ['I', 'my'],
  ['he', 'his'],
  ['she', 'her'],
  ['the winger', 'his'],
  ['the centre', 'his'],
  ['the coach', 'her'],
  ['my dad', 'his'],
  ['the captain', 'her'],
  ['the manager', 'his'],
  ['my sister', 'her'],
  ['the reporter', 'her'],
  ['our full-back', 'his'],
];
/** Everyday senses of bruise, bruises, bruising and bruised: nothing marked. */
const EVERYDAY = [
  'after a bruising encounter with the champions, {who} wanted a rest',
  '{who} called it a bruising defeat for the club',
  '{who} faced a bruising schedule of six games in ten days',
  '{who} ran a bruising campaign for the council seat',
  '{who} came out of a bruising week in parliament',
  '{who} survived a bruising 80 minutes against the champions',
  '{who} was a bruising centre in {pos} playing days',
  '{who} played a bruising game up front',
  '{who} said the team took a bruising at the weekend',
  '{who} watched the side take a real bruising in the second half',
  '{who} gave the opposition a bruising in the scrum',
  '{pos} ego was bruised by the loss',
  '{pos} pride was bruised after the draw',
  '{who} walked away with a bruised ego',
  '{who} nursed {pos} bruised pride after the final',
  '{pos} reputation was bruised by the scandal',
  '{who} left the meeting with bruised feelings',
  '{who} threw out the bruised apples',
  '{who} picked the bruised bananas for the bread',
  '{who} bought peaches with no bruises on them',
  '{who} said the fruit bruises easily, so pack it gently',
  '{who} found a bruise on the pear and cut it out',
  '{who} checked the mangoes for bruising before buying',
  '{who} bruised the mint leaves for the cocktail',
  '{who} bruised the lemongrass with the back of a knife',
  '{who} stared at the bruise-coloured sky over the stadium',
  '{who} wore a bruise-purple velvet dress',
  '{who} bought a lipstick called Bruise',
  '{who} described the evening sky as a bruise over the hills',
  '{who} was a real bruiser in the ring',
  '{who} fought a bruiser from Leeds last year',
  '{who} signed a bruiser for the front row',
  '{pos} heart was bruised by the breakup',
  '{who} kissed her bruised lips in the last chapter',
  '{who} read about a bruised heart in the novel',
  '{who} found a bruise on the paintwork of the car',
  '{who} noticed a bruise on the bonnet after the car wash',
  '{who} said the market took a bruising on Friday',
  '{who} watched the pound take a bruising against the dollar',
  '{who} said the shares were bruised by the results',
  '{who} saw the bruised economy slowly recover',
  '{who} took a bruising in the press after the vote',
  '{who} played in a band called The Bruises',
  '{who} had a bruising row with the landlord',
  '{who} lost a bruising court battle over the house',
  '{who} described the talks as bruising for everyone',
  '{who} came through a bruising round of interviews',
  '{who} said the phone case stops the screen from bruising',
  '{who} called the derby a bruising, physical contest',
  '{who} won a bruising title race by a point',
  '{who} said the forwards were bruising in the tackle all afternoon',
  '{who} left {pos} bruised rivals behind in the table',
  '{who} made a bruising run through the middle',
  '{who} put in some bruising tackles on the visitors',
  '{who} praised the bruising pack for the win',
  '{who} said the visitors were bruising and relentless',
  '{who} called it a bruising night for the defence',
  '{who} lost a bruising vote in the chamber',
  '{who} said the bruising of the pears happens in transit',
  '{who} put the bruised tomatoes in the sauce',
  '{who} warned that the bruised grapes would spoil',
  '{who} said the bruised leather of the old sofa looked lovely',
  '{who} called the bruised purple light of dusk beautiful',
  '{who} felt bruised by the whole negotiation',
];
const FRAMES: [string, (clause: string) => string][] = [
  ['plain', (c) => `${cap(c)}.`],
  ['hockey', (c) => `Hockey last night. ${cap(c)}.`],
  ['rugby forum', (c) => `${cap(c)}, should I be worried?`],
  ['article', (c) => `In contact sports such as football, ${c}.`],
  ['report', (c) => `Match report: ${c}.`],
];

export const everydayBruiseLines = (): BruiseLine[] => {
  const lines: BruiseLine[] = [];
  for (const [who, pos] of PEOPLE)
    for (const shape of EVERYDAY) {
      const clause = shape.replace('{who}', who).replace('{pos}', pos).replace('{pos}', pos);
      const word = /\bbruis\w*/i.exec(clause)?.[0] ?? 'bruise';
      for (const [frame, framed] of FRAMES) lines.push({ text: framed(clause), frame, shape, word });
    }
  return lines;
};
