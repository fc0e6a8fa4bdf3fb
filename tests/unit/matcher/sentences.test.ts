import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../src/matcher/sentences.ts';

const sentenceOf = (text: string, word: string) => {
  const [start, end] = sentencesOf(text).at(text.indexOf(word));
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
    // Phone-typed posts start their sentences in lower case (split round).
    ['a lower-case word after a stop starts one', 'rolled it. still tender today', 'tender', 'still tender today'],
    ['…after an exclamation mark', 'rolled it again! tender now', 'tender', 'tender now'],
    ['…after an ellipsis', 'sore shins... the steak was tender', 'tender', 'the steak was tender'],
    ['…but not after a question', 'is it bad? the calf is tender', 'tender', 'is it bad? the calf is tender'],
    ['…nor after a closing quote', '"Stop!" she said, tender.', 'tender', '"Stop!" she said, tender.'],
    ['…nor after a shortened word', 'approx. six tender weeks', 'tender', 'approx. six tender weeks'],
    ['…a unit', 'held it for 2 mins. then tender', 'tender', 'held it for 2 mins. then tender'],
    ['…or "et al."', 'Smith et al. found it tender.', 'tender', 'Smith et al. found it tender.'],
    ['a capital after a unit ends one', 'I held it for 2 mins. Then tender.', 'tender', 'Then tender.'],
    ['a decimal number ends none', 'ran 10.5 km and tender', 'tender', 'ran 10.5 km and tender'],
    ['an emoji ends one', 'rolled it 😭 really tender', 'tender', 'really tender'],
    ['…with a variation selector', 'rolled it ❤️ really tender', 'tender', 'really tender'],
    ['…or a skin tone', 'rolled it 👍🏽 really tender', 'tender', 'really tender'],
    ['…unless a joining word follows', 'rolled it 😭 and tender', 'tender', 'rolled it 😭 and tender'],
    ['a dash ends none', 'my calf - tender', 'tender', 'my calf - tender'],
    [
      'no punctuation is one sentence',
      'rolled my ankle its tender anyway',
      'tender',
      'rolled my ankle its tender anyway',
    ],
  ])('%s', (_what, text, word, expected) => {
    expect(sentenceOf(text, word)).toBe(expected);
  });
});

describe('sentencesOf(…).senseFrom', () => {
  it.each([
    ['a lower-case start reads the sentence before too', 'checked the herd. my calf is weak', 'my', 0],
    ['a capital starts afresh', 'Checked the herd. My calf is weak', 'My', 18],
    ['a line break too', 'checked the herd\nmy calf is weak', 'my', 17],
    ['the first sentence reads itself', 'my calf is weak', 'my', 0],
  ])('%s', (_what, text, word, expected) => {
    const sentences = sentencesOf(text);
    expect(sentences.senseFrom(sentences.at(text.indexOf(word))[0])).toBe(expected);
  });
});
