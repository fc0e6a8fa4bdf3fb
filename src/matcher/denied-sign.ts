import type { RawMatch } from './apply-sense.ts';

/**
 * A sign denied in its own clause: "They aren't numb, or tingly, or swollen, or hot", "my calf is
 * not red", "it doesn't feel warm or swollen". The denial explains the word as much as a report
 * does, so the mark stays; but a sign that is not there is no urgent one, so the mark is never red
 * (the blow16 round, issue 11: a restless-legs post that listed what its legs were not). The
 * negation, perhaps a verb of seeming and a word of degree, then the form or a list that ends in
 * it, each item one word: "not numb or tingly", not "didn't run and my calf was swollen".
 */
const DENIED = new RegExp(
  String.raw`(?:\bnot|\bnever|n['’]t|\bno)` +
    String.raw`(?:\s+(?:be|been|being|feel|feeling|felt|look|looking|seem|seeming|get|getting|go|went|at\s+all|really|very|so|that|too|particularly|even|any|visibly|obviously))*` +
    String.raw`\s+(?:(?:(?:or|and|nor)\s+)?[a-z]+(?:,|\s+and|\s+or|\s+nor)\s+){0,4}(?:(?:or|nor)\s+)?$`,
  'i',
);

/** Is `match` denied in the part of its sentence `[from, …)` before it (at most 80 characters back)? */
export function isDeniedSign(text: string, match: RawMatch, [from]: [number, number]): boolean {
  return DENIED.test(text.slice(Math.max(from, match.start - 80), match.start));
}
