import type { RawMatch } from './apply-sense.ts';

/** Words between the opening and the form: a word of time, then one of amount ("still some", "a bit of"). */
const AMOUNT = String.raw`(?:[\s\u00a0]+(?:still|also|now|always))?(?:[\s\u00a0]+(?:some|a[\s\u00a0]+bit[\s\u00a0]+of|a[\s\u00a0]+little|mild|slight))?`;
/** "There is", "There's", "there was", "there has been"; "I have", "she still gets", "I've got". */
const OPENING = String.raw`^[\s\u00a0]*(?:(?:and|but|now|still|also)[\s\u00a0,]+)?(?:there(?:['’]s|[\s\u00a0]+(?:is|was|has[\s\u00a0]+been))|(?:I|he|she)(?:['’]ve(?:[\s\u00a0]+got)?|[\s\u00a0]+(?:still[\s\u00a0]+)?(?:have|has|had|get|gets|got)))`;
/** The whole lead of a trait's noun: "There is still some tenderness", "I still have some weakness". */
const TRAIT_LEAD = new RegExp(String.raw`${OPENING}${AMOUNT}[\s\u00a0]+$`, 'i');
/** The whole lead of a lump: "There is a hard lump", "I've got a small lump". */
const LUMP_LEAD = new RegExp(
  String.raw`${OPENING}(?:[\s\u00a0]+(?:still|also|now))?[\s\u00a0]+an?(?:[\s\u00a0]+(?:hard|small|little|big|painful|sore|tender|firm|soft|squishy|new))?[\s\u00a0]+$`,
  'i',
);
/**
 * After the form: the sentence's end, or a time, a word of course or a clause ("…lump, and it hurts",
 * "a lump that wasn't there before": the kin17 round's grid, post-grid.ts).
 */
const TAIL =
  /^(?:[\s\u00a0]*(?:[.!?…]|,[\s\u00a0]+(?:and|but)\b|$)|[\s\u00a0]+(?:still|left|there|now|at[\s\u00a0]+night|in[\s\u00a0]+the[\s\u00a0]+(?:morning|evening)s?|after|when|if|but|though|which|that)\b)/i;
const LUMP = /^lumps?$/i;

/**
 * "I broke my ankle in March. There is still some tenderness.", "…There is a hard lump.": a sign
 * that is there or that a person has, alone in its sentence from its opening to its end (a time or
 * a clause after it at most). The discourse rule (discourse-anchor.ts) takes it for the leg named
 * before in place of a second symptom (a trait's "tenderness" or "weakness") or of a symptom noun
 * (a lump, which an article leads). A trait or a lump of something else says what it is of or
 * where: "There's still some weakness in the squad", "There's a lump in the sauce", "There is a
 * tenderness to the film" (the article) do not take it (everyday.probe-block17.txt).
 */
export function isThereSign(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  const lead = text.slice(from, match.start);
  if (lead.length > 60) return false;
  const isLead = LUMP.test(text.slice(match.start, match.end)) ? LUMP_LEAD.test(lead) : TRAIT_LEAD.test(lead);
  return isLead && TAIL.test(text.slice(match.end, to));
}

/** Is the form a lump, which the discourse rule reads only so? */
export const isLumpForm = (form: string) => LUMP.test(form);
