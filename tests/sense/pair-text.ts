// `node tests/sense/pair-text.ts [root]`: the worst case of a paragraph that changes topic. Every
// everyday and other-medical sentence of the corpus holding a symptom noun is put after each of four
// sentences naming a leg, in one block, and every mark the second sentence gets that it does not
// get alone is printed, with the count (docs/sense.md, "Discourse context"). `root` is a checkout
// to run instead of this one (`git archive <commit> src glossary | tar -x -C DIR`), to compare.
// `--earlier` gives the lead as the block before instead (earlier-blocks.ts: a paragraph after one
// that names a leg). `--after` puts each sentence BEFORE four sentences naming the writer's leg
// instead (forward-anchor.ts: a post that opens with its complaint), its exercise and cramp words too.
import { checkoutMatcher } from '../bench/checkout-matcher.ts';
import { readCorpus } from './read-corpus.ts';

const isEarlier = process.argv.includes('--earlier');
const isAfter = process.argv.includes('--after');
const root = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? new URL('../..', import.meta.url).pathname;
const matcher = await checkoutMatcher(root);
const LEADS = isAfter
  ? [
      'My left calf has been sore since Sunday.',
      'I woke up with my right calf rock hard.',
      'Both my calves ache after the run.',
      'My legs are heavy and my feet are cold.',
    ]
  : [
      'My calf has been sore since Sunday.',
      'He rolled his ankle in training.',
      'A DVT is a clot in a deep vein of the leg.',
      'She pulled a calf muscle at parkrun.',
    ];
const SYMPTOM_NOUN =
  /\b(?:\w+ness|swelling|tingling|cramping|bruising|cramps?|spasms?|clots?|twitching|prickling|bruises?)\b/i;
const POST_WORD = /\b(?:stretch\w*|warm[\s-]?up|warming[\s-]up|flexibility|cramp\w*|spasm\w*)\b/i;

const sentences = readCorpus().filter(
  (sentence) =>
    /^(?:everyday|other-medical)/.test(sentence.file) &&
    (SYMPTOM_NOUN.test(sentence.text) || (isAfter && POST_WORD.test(sentence.text))),
);
let added = 0;
for (const sentence of sentences) {
  const alone = new Set(matcher.match(sentence.text).map((mark) => `${mark.start}:${mark.entryId}`));
  for (const lead of LEADS) {
    const text = isEarlier ? sentence.text : isAfter ? `${sentence.text} ${lead}` : `${lead} ${sentence.text}`;
    const offset = isEarlier || isAfter ? 0 : lead.length + 1;
    const end = offset + sentence.text.length;
    for (const mark of isEarlier ? matcher.match(text, undefined, () => lead) : matcher.match(text)) {
      if (mark.start < offset || mark.end > end || alone.has(`${mark.start - offset}:${mark.entryId}`)) continue;
      added++;
      const [head, tail] = isAfter ? ['', ` ${lead}`] : [`${lead}${isEarlier ? ' | ' : ' '}`, ''];
      console.log(
        `${sentence.file}: ${head}${text.slice(offset, mark.start)}[${text.slice(mark.start, mark.end)}]${text.slice(mark.end, end)}${tail}`,
      );
    }
  }
}
console.log(`${sentences.length} sentences × ${LEADS.length} leads: ${added} marks the sentence does not get alone`);
