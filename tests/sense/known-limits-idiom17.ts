/**
 * Lines of the idiom17 round's probes (`*.probe-idiom17.txt`, docs/sense.md "A body idiom after a post's
 * leg paragraph") the rules still get wrong read as one block, with why. Read as a post's paragraphs
 * (`--split`) they stay unmarked: the round fixed the rule that reads the block before (line-before.ts),
 * not the block rules that read the sentence before within a block. Spread into `KNOWN_LIMITS`.
 */
const WITHIN_BLOCK = "within one block the leg of the sentence before anchors the idiom's part (block rules)";

export const IDIOM17_LIMITS: readonly (readonly [string, string])[] = [
  'My son broke his ankle. He took a knee before the anthem, like the rest of the squad.',
  'My son broke his ankle. His knees went weak when the results came in.',
  'I broke my ankle last month. Knee pads for gardening, sold in packs of two.',
  'My son broke his ankle. Achilles sulked in his tent while the Greeks fell before the walls of Troy.',
  'I broke my ankle last month. Her knees trembled as she stepped onto the stage.',
  "I broke my ankle last month. That defence has been the club's weak knee all season.",
  'I broke my ankle last month. We knelt on one knee to plant the bulbs along the fence.',
  'My son broke his ankle. Grandma bounced the baby on her knee all afternoon.',
  'I broke my ankle last month. He had the crowd in the palm of his hand and on their knees by the chorus.',
  'My wife broke her ankle. The striker went down on one knee to tie his boot.',
].map((line) => [line, WITHIN_BLOCK] as const);
