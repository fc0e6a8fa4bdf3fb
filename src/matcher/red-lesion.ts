import type { RawMatch } from './apply-sense.ts';

/**
 * "Red" said of a mark on the skin that is only ever the skin's: "a red welt", "itchy red bumps", "a
 * big red rash", "red blotches", "a red-coloured blister" (the eighteenth session: held-out forum posts
 * about bites, rashes and blisters named no part and no second symptom, so the paired form stayed
 * unmarked). The redness card explains skin that turns red, and the mark it is said of is its place and
 * its company at once, so it needs neither. Not spots, patches, lines, marks or streaks (a ladybird's
 * spots, a map's patches, a contract's red lines, the sky's streaks), nor a mark of something ("red
 * lumps of clay"). The caller sets aside sentences of another sense or with an animal; it is red only
 * where its sentence already anchors it to the leg ("red bumps on his shin"), as issue 11's rule says.
 */

/** Words between "red" and the mark: its size, feel or look ("a red itchy rash", "red raised bumps"). */
const BETWEEN = String.raw`(?:(?:,?[\s\u00a0]+(?:and[\s\u00a0]+)?(?:itchy|raised|angry|swollen|inflamed|puffy|painful|sore|tender|hot|bumpy|blotchy|flat|round|circular|little|small|tiny|big|large|huge))){0,2}`;
/** How "red" may be joined to its colour word: "red-coloured", "reddish". */
const SHADE = String.raw`(?:[\s\u00a0-]+colou?red)?`;
/** Marks on the skin with no everyday sense beside "red". */
const LESION = String.raw`(?:welts?|weals?|wheals?|blotch(?:es)?|bumps?|rash(?:es)?|pimples?|hives|blisters?|sores?|pustules?|lesions?|(?:insect|mosquito|bug|midge|flea|tick|spider|ant)[\s\u00a0]+bites?|bites?)`;

const AFTER = new RegExp(String.raw`^${SHADE}${BETWEEN}[\s\u00a0]+(${LESION})\b(?![\s\u00a0]+of\b|[-‑])`, 'i');
/** Things with red bumps and blisters of their own: a road's, a wall's paint, a chart's. */
const THING =
  /\b(?:roads?|streets?|lanes?|tracks?|paint|painted|paintwork|tyres?|tires?|walls?|boards?|maps?|charts?|graphs?|cars?|leaves|plants?|fruit)\b/i;

/** Is `match` (a form whose text is "red") said of a mark on the skin right after it, within its sentence ending at `to`? */
export function isRedLesion(text: string, match: RawMatch, to: number): boolean {
  if (text.slice(match.start, match.end).toLowerCase() !== 'red') return false;
  const found = AFTER.exec(text.slice(match.end, to));
  // The mark in lower case: "Red Rash" is a band's name.
  if (!found || !/^[a-z]/.test(found[1]!)) return false;
  const start = text.lastIndexOf('.', match.start) + 1;
  return !THING.test(text.slice(start, match.end + found[0].length + 80));
}
