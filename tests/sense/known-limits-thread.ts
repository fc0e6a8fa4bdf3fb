/**
 * Sentences of the thread round's probes (`*.probe-threadctx.txt`) that the rules still get wrong
 * read as one block, with why (docs/sense.md, "A thread's later lines", and "Known limits"). The
 * same sentences split in lines (`npm run eval:sense -- --split`) are right but two (the ankle's
 * "numb", which the older post rule takes, and "my calves" sold): the rule across lines is narrower
 * than the block rules it copies. Spread into KNOWN_LIMITS.
 */
export const THREAD_LIMITS: readonly (readonly [string, string])[] = [
  // Within a block, "it" said of the sentence before takes any anchor there ("weak" and "stiff" of a
  // player's knee or a brace left the list in the itsign round: it-sign.ts; a feeling's "numb" beside
  // the news in the redprobe round: numb-feeling.ts).
  // Within a block a relaxed form takes the sentence before whatever follows it.
  ['I broke my ankle skiing in January. The bruising of the defeat still stings.', 'a relaxed form of something'],
  ['I pulled my calf at the weekend. Calves sold well at the mart.', 'calves at a mart, no farm word'],
  ['I pulled my calf at the weekend. Our provider raised the price of broadband again.', 'a relaxed provider'],
  ['I pulled my calf in the park. The knee of the old oak was carved with names.', 'a relaxed knee of a tree'],
  // "my calves" at a sale with no farm word frames as the writer's calves, in any reading.
  ['I sold my calves at the spring sale. Still weak prices all round, the auctioneer said.', '"my calves" sold'],
  // Within a block "it" and a fragment take the sentence before whatever other region it names; "it"
  // takes it in the normal colour since the falsered15 round (sentence-before.ts: red was a wrist's too).
  [
    'I jammed my left knee and my right wrist in the fall. It was swollen for days.',
    '"it" after two regions: normal colour',
  ],
  ['I hurt my knee and my elbow on the ice. Still swollen and bruised today.', 'a fragment after two regions'],
];
