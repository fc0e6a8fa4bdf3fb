import type { RawMatch, SenseContext } from './apply-sense.ts';
import { isCareAdvice, mayBeCareAdvice } from './care-advice.ts';
import { isCareSaid, mayBeCared } from './care-said.ts';
import { isSymptomHad, mayBeHad } from './symptom-had.ts';
import { isInSymptomList, mayListSymptoms, type SymptomListContext } from './symptom-list.ts';
import { isInSymptomPair, mayPairSymptoms } from './symptom-pair.ts';
import { mayBeSkinMark } from './skin-mark.ts';
import { isSwellingSaid, mayBeSwellingSaid } from './swelling-said.ts';
import { isTouchTender, mayBeTouchTender } from './touch-tender.ts';

/**
 * How `match` is a symptom said so that its sentence `[from, to)` is about a body with no part
 * named: `'list'`, one of three or more ("numbness, weakness or pins and needles": symptom-list.ts);
 * `'said'`, one of a pair medical in practice ("numbness and tingling", "pain and swelling":
 * symptom-pair.ts), one a person has ("I noticed swelling": symptom-had.ts) or one beside care given
 * to a body ("since the op the incision has stayed numb": care-said.ts) or in a health page's advice
 * ("reduce the swelling with ice": care-advice.ts) or one told by its course or denied ("the swelling went
 * down", "there was no swelling": swelling-said.ts) or tender to the touch (touch-tender.ts), which the sense rules
 * take only where no other region is named (match-verdict.ts); or `undefined`. Normal colour, all.
 */
export function symptomSaidAs(
  match: RawMatch,
  sentence: [number, number],
  symptomWords: readonly number[],
  context: SymptomListContext,
): 'list' | 'said' | undefined {
  if (isInSymptomList(match, sentence, symptomWords, context)) return 'list';
  if (
    isInSymptomPair(match, sentence, symptomWords, context) ||
    isSymptomHad(context.text, match, sentence) ||
    isCareSaid(context.text, match, sentence) ||
    isCareAdvice(context.text, match, sentence) ||
    isSwellingSaid(context.text, match, sentence) ||
    isTouchTender(context.text, match, sentence[0])
  )
    return 'said';
  return undefined;
}

/** Could the block `text` say a symptom so (a quick test before sentences are read)? */
export const maySaySymptoms = (text: string, raw: readonly RawMatch[], context: SenseContext): boolean =>
  mayListSymptoms(raw, context) ||
  mayPairSymptoms(text, raw) ||
  mayBeHad(text) ||
  mayBeCared(text) ||
  mayBeCareAdvice(text) ||
  mayBeSkinMark(text, raw) ||
  mayBeSwellingSaid(text) ||
  mayBeTouchTender(text);
