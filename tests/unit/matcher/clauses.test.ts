import { describe, expect, it } from 'vitest';
import { clauseBreaksOf, hasSpanGoingOn, inClause } from '../../../src/matcher/clauses.ts';

/** The text of each clause, with "the swelling" and "the calf" going on with the body. */
function clauses(text: string): string[] {
  const isBodyAt = (i: number) => /^(?:swelling|calf)\b/.test(text.slice(i));
  const cuts = [0, ...clauseBreaksOf(text, 0, text.length, isBodyAt), text.length];
  return cuts.slice(1).map((end, k) => text.slice(cuts[k], end));
}

describe('clauseBreaksOf', () => {
  it.each<[string, string[]]>([
    ['He hurt his leg, and the attack looked weak.', ['He hurt his leg, and the ', 'attack looked weak.']],
    ['My leg hurts; it is fine.', ['My leg hurts; ', 'it is fine.']],
    ['My knee is fine but the market is weak.', ['My knee is fine but the ', 'market is weak.']],
    // Not before a body word, a form or the skin: the clause goes on with the body.
    ['My leg hurts, and the swelling is worse.', ['My leg hurts, and the swelling is worse.']],
    ['It aches, and the calf can look swollen.', ['It aches, and the calf can look swollen.']],
    ['My leg is swollen, and the skin is red.', ['My leg is swollen, and the skin is red.']],
    // Not without a noun of its own: "and it's tender", "and tender".
    ["My leg hurts, and it's tender.", ["My leg hurts, and it's tender."]],
    // Phone-typed "its" for "it's" before a word of degree or time, "not", "getting": no owner.
    ['My calf went down but its still tender.', ['My calf went down but its still tender.']],
    ['My leg hurts, but its not red.', ['My leg hurts, but its not red.']],
    ['My leg hurts, but its getting worse.', ['My leg hurts, but its getting worse.']],
    ['My leg hurts, but its a bit swollen.', ['My leg hurts, but its a bit swollen.']],
    // "its" before a noun is still an owner.
    ['My leg hurts, but its owner is weak.', ['My leg hurts, but its ', 'owner is weak.']],
    ['The phone is fine, but its screen is weak.', ['The phone is fine, but its ', 'screen is weak.']],
  ])('%s', (text, expected) => {
    expect(clauses(text)).toEqual(expected);
  });
});

describe('inClause', () => {
  it('keeps the spans that start in the clause of an offset', () => {
    expect(inClause([0, 3, 10, 12, 20, 25], 11, [8, 18])).toEqual([10, 12]);
    expect(inClause([0, 3, 10, 12, 20, 25], 2, [8, 18])).toEqual([0, 3]);
    expect(inClause([0, 3, 10, 12, 20, 25], 30, [8, 18])).toEqual([20, 25]);
  });
});

describe('hasSpanGoingOn', () => {
  // "calf" is [0, 4) of "calf raises"; spans are [start, end] pairs.
  it.each<[string, number[], boolean]>([
    ['a span from the same start that goes on ("calf raises")', [0, 11], true],
    ['the form itself', [0, 4], false],
    ['a span that starts inside the form', [2, 11], false],
    ['a span elsewhere', [12, 20], false],
    ['the second of two pairs', [12, 20, 0, 11], true],
    ['no spans', [], false],
  ])('%s: %s', (_case, spans, expected) => {
    expect(hasSpanGoingOn(spans, { start: 0, end: 4 })).toBe(expected);
  });
});
