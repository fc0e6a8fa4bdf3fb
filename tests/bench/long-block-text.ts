import { readCorpus } from '../sense/read-corpus.ts';
import { random } from './generate-pages.ts';

/**
 * One long block of forum-like words with no sentence end, for long-block.ts: a seeded random run of
 * everyday phrases with one that holds glossary forms every 150–450 characters (a long comment
 * typed without stops, a transcript, a chat log pasted into one paragraph). Written for the bench in
 * our own words.
 */
const EVERYDAY = [
  'so I went out again this morning',
  'the weather was grim and the path was muddy',
  'my partner thinks I should rest for a bit',
  'anyway I booked a slot for next week',
  'had a coffee after and felt fine',
  'the new shoes arrived on tuesday',
  'not sure what to do about the race',
  'I did the usual loop by the river',
  'the physio said to keep moving',
  'work has been busy so not much time',
  'lol',
  'honestly it was a long day',
  'the dog needed walking too',
  'still waiting on the results',
  'we drove up to see my mum',
  'ran about five miles at an easy pace',
  'the hill at the end nearly finished me',
  'took the train home',
  'watched the match in the evening',
  'the kids were off school',
  'it rained the whole way round',
  'my watch died halfway',
  'thanks for all the replies everyone',
];

const WITH_FORMS = [
  'my left calf felt tight',
  'the calf is swollen and warm',
  'woke up with a cramp in my leg',
  'did some calf stretches',
  'the back of my knee is tender',
  'my ankle was red and puffy',
  'the doctor mentioned a DVT',
  'a bit of numbness in my foot',
  'the gastrocnemius was sore',
  'some tingling in my toes',
  'a stiff achilles after the run',
  'my legs felt weak on the stairs',
  'a bruise on my shin',
  'the swelling went down',
  'worried it could be a blood clot',
];

/** How phrases are joined: no sentence end at all, commas only, or line breaks only. */
export const SEPARATORS = { 'no sentence end': ' ', 'commas only': ', ', 'line breaks only': '\n' } as const;

/** A block of at least `size` characters, its phrases joined with `separator`. */
export function longBlock(size: number, separator: string): string {
  const rand = random(13);
  const pick = (list: readonly string[]) => list[Math.floor(rand() * list.length)]!;
  const phrases: string[] = [];
  let length = 0;
  let nextForm = 150 + rand() * 300;
  while (length < size) {
    const phrase = length >= nextForm ? pick(WITH_FORMS) : pick(EVERYDAY);
    if (length >= nextForm) nextForm = length + 150 + rand() * 300;
    phrases.push(phrase);
    length += phrase.length + separator.length;
  }
  return phrases.join(separator);
}

/** Stops, ellipses and emoji: what may end a sentence (src/matcher/sentences.ts) but a line break. */
const MAY_END = /[.!?…。！？\u2600-\u27bf]|[\ud83c-\ud83e][\udc00-\udfff]/g;

/**
 * A block of at least `size` characters of the sense corpus's forum lines, in order, with their
 * stops and emoji taken out, joined with `separator` (`--corpus`): a glossary form every 50–100
 * characters, denser than `longBlock`.
 */
export function corpusBlock(size: number, separator: string): string {
  const lines = readCorpus()
    .filter((sentence) => sentence.kind === 'forum')
    .map((sentence) => sentence.text.replace(MAY_END, '').replace(/\s+/g, ' ').trim());
  const taken: string[] = [];
  for (let length = 0, k = 0; length < size; k++) {
    const line = lines[k % lines.length]!;
    taken.push(line);
    length += line.length + separator.length;
  }
  return taken.join(separator);
}
