/**
 * A likening that names the leg: "pins and needles, like when your leg falls asleep", "numb, as if
 * your foot had gone to sleep". The leg there is what the feeling is likened to, not where it is, and
 * it anchored an unplaced sign, red (issue 11, the redfix14 round: docs/sense.md "Bruise colours, a
 * hand's tingling, a pulse and a thing that warms up"). Its spans join the block's negative contexts
 * (run-matcher.ts), inside which no anchor counts, with no entry of their own, so no form is dropped:
 * a sign placed in the foot ("my foot gets pins and needles, like when…") keeps its anchor.
 */
/**
 * A likening's lead, then a habit ("when your leg", "after my foot") or anyone's leg ("your leg", "a
 * foot"). Not "like my leg is asleep", "as if my foot had gone to sleep": the writer's own leg, said
 * of now, is where the feeling is.
 */
const LIKENING = new RegExp(
  String.raw`\b(?:like|as\s+if|as\s+though|as\s+when|similar\s+to)\s+(?:(?:when|after|if)\s+(?:(?:you|i)(?:['’]ve|\s+have)?\s+)?(?:your|my|one['’]s|a|the)|your|one['’]s|a)\s+` +
    String.raw`(?:legs?|foot|feet|arms?|hands?)\s+(?:falls?|fell|fallen|goes|go|went|gone|has\s+gone|had\s+gone|has\s+fallen|had\s+fallen|is|was|are|were)\s+(?:asleep|to\s+sleep|dead|numb)\b`,
  'gi',
);

/** The `[start, end]` spans of `text`'s likenings, as negative contexts with no entry. */
export function likeningSpans(text: string): { start: number; end: number; entryId: string }[] {
  // Asked of every block: a cheap test first, so a block without "asleep", "sleep", "dead" or "numb" costs one search.
  if (!/asleep|sleep|dead|numb/i.test(text)) return [];
  return [...text.matchAll(LIKENING)].map((found) => ({
    start: found.index,
    end: found.index + found[0].length,
    entryId: '',
  }));
}
