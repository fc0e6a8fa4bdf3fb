// The everyday counter-grid of person-grid.ts: the words of its signs in their other senses (a stiff
// drink, weak tea, numb after the news, a cramped flat, stretch goals), said by or of the same
// persons, in everyday frames. Every mark on these lines is a failure.
import { cap, PERSONS, type PersonLine } from './person-words.ts';

/** Everyday senses of the same words, said by or of a person ({who}, {pos}, {was}): nothing marked. */
const EVERYDAY = [
  '{who} {was} bored stiff at the meeting',
  '{who} {was} scared stiff of the interview',
  '{who} poured a stiff drink after work',
  '{who} faced stiff competition for the job',
  '{who} walked into a stiff breeze on the pier',
  '{who} paid a stiff price for the tickets',
  '{who} kept a stiff upper lip at the funeral',
  '{pos} new leather boots are still stiff',
  '{who} beat the egg whites until stiff',
  '{who} made a weak argument in the debate',
  '{who} made a pot of weak tea',
  '{who} went weak at the knees when they met',
  '{who} said the euro felt weak against the dollar',
  '{who} had a weak signal on the train',
  '{who} felt weak with relief at the news',
  '{who} felt numb after the news of the layoffs',
  '{who} sat in a numb silence after the verdict',
  '{who} watched the crowd swell outside the stadium',
  '{who} lived in a cramped flat above the shop',
  '{who} had cramped handwriting in every notebook',
  '{who} cramped my style at the party',
  '{who} drove past long stretches of coastline',
  '{who} set stretch goals for the quarter',
  '{who} stretched the budget to cover the repairs',
  '{who} stretched and yawned and reached for the lamp',
  '{who} warmed up the engine before the drive',
  '{who} warmed up the crowd before the band came on',
  '{who} said the economy warmed in the spring',
  '{who} let out a spasm of laughter at the joke',
  '{who} read about a spasm of violence in the novel',
  '{who} felt a twitch of annoyance at the delay',
  '{who} {was} stiff and formal with the new boss',
  '{who} gave a stiff little bow to the guests',
  '{who} took a weak position on the new policy',
  '{who} {was} weak in maths at school',
  '{who} felt the tension stretch across the room',
  '{who} worked a twelve-hour stretch at the warehouse',
  '{who} swelled with pride at the graduation',
];
const EVERYDAY_FRAMES: [string, (clause: string) => string][] = [
  ['plain', (c) => `${cap(c)}.`],
  ['yesterday', (c) => `Yesterday ${c}.`],
  ['after-match', (c) => `After the match, ${c}.`],
  ['worse', (c) => `${cap(c)} and it's getting worse.`],
  ['question', (c) => `Is it normal that ${c}?`],
];

export const everydayPersonLines = (): PersonLine[] => {
  const lines: PersonLine[] = [];
  for (const { who, pos, form } of PERSONS)
    for (const shape of EVERYDAY) {
      const clause = shape
        .replace('{who}', who)
        .replace('{pos}', pos)
        .replace('{was}', form === 2 ? 'were' : 'was');
      for (const [frame, framed] of EVERYDAY_FRAMES)
        lines.push({ text: framed(clause), frame, predicate: shape, entries: [] });
    }
  return lines;
};
