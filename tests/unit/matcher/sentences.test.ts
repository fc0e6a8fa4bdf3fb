import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../src/matcher/sentences.ts';

const sentenceOf = (text: string, word: string) => {
  const [start, end] = sentencesOf(text)(text.indexOf(word));
  return text.slice(start, end).trim();
};

describe('sentencesOf', () => {
  it.each([
    ['one sentence', 'My calf is tender.', 'tender', 'My calf is tender.'],
    ['the second of two', 'My calf hurts. The tender closes.', 'tender', 'The tender closes.'],
    ['a question and an exclamation', 'Why? It is tender! Yes.', 'tender', 'It is tender!'],
    ['a closing quote', '"It hurts." The tender closes.', 'tender', 'The tender closes.'],
    ['a title is no end', 'Dr. Smith said my calf is tender. Ok.', 'tender', 'Dr. Smith said my calf is tender.'],
    ['e.g. is no end', 'Signs, e.g. Swelling, can be tender.', 'tender', 'Signs, e.g. Swelling, can be tender.'],
    ['a lower-case word goes on', 'It was 5 p.m. and tender.', 'tender', 'It was 5 p.m. and tender.'],
    ['a line break ends one', 'My calf\nThe tender closes', 'tender', 'The tender closes'],
  ])('%s', (_what, text, word, expected) => {
    expect(sentenceOf(text, word)).toBe(expected);
  });
});
