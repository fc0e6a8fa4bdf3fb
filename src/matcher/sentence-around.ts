import type { RawMatch } from './apply-sense.ts';

/**
 * The text from the stop before `match` to the stop after it, at most 160 characters each way: the
 * other-sense filters (other-senses.ts) run before the block is cut into sentences, and read only
 * the form's own sentence so a sport's or a story's word elsewhere in a post changes nothing.
 */
export function sentenceAround(text: string, match: Pick<RawMatch, 'start' | 'end'>): string {
  const before = text.slice(Math.max(0, match.start - 160), match.start);
  const after = text.slice(match.end, match.end + 160);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  const stop = after.search(/[.!?](?:\s|$)/);
  return before.slice(start + 1) + text.slice(match.start, match.end) + (stop < 0 ? after : after.slice(0, stop));
}

/**
 * The sentence right before the one `match` is in, at most 160 characters of it, or '' at the
 * block's start: a feeling's cause may be said there ("The verdict came in. I felt numb for days.").
 */
export function sentenceBefore(text: string, match: RawMatch): string {
  const lead = text.slice(Math.max(0, match.start - 160), match.start);
  const stop = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('! '), lead.lastIndexOf('? '));
  if (stop < 0) return '';
  const end = match.start - lead.length + stop + 1;
  const before = text.slice(Math.max(0, end - 160), end);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  return before.slice(start + 1);
}
