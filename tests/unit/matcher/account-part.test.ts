import { describe, expect, it } from 'vitest';
import { isAccountPart, mayBeAccountPart } from '../../../src/matcher/account-part.ts';

/** The first calf or knee form of `sentence`, as the matcher would have found it. */
const partIn = (sentence: string) => {
  const found = /\b(?:calf|calves|knees?)\b/i.exec(sentence)!;
  return { start: found.index, end: found.index + found[0].length, entryId: 'p/part', sense: 'weak' as const };
};

// Probes of the part16 round (issue 11), in our own words.
describe("a bare calf or knee in the writer's own account (account-part.ts)", () => {
  it.each<[string, boolean]>([
    ["The calf still isn't right after Sunday's long run.", true],
    ['By Friday the calf felt better, so I ran a slow five.', true],
    ['The knee held up fine on the descent, which surprised me.', true],
    ['I could tell the calf would tear if I pushed any harder.', true],
    ['Hard to do hill reps with the calf being as tight as it is.', true],
    ["Calves are sore again today after yesterday's stairs.", true],
    ['The knee has been niggling since I went back to the gym.', true],
    ['Knee, bent: no pain.', true],
    ['Calf: 3/10 on the stairs.', true],
    ['Went for a run yesterday. The knee was fine but I fell on my wrist.', false],
    ['Knees are stiff again this morning after the long drive yesterday.', true],
    ['Calves are sore again this morning after the dehorning.', false],
    // A farm's calf: no word of training, or a vet or a bottle beside it.
    ["The calf still isn't right after Sunday, so I've called the vet out again.", false],
    ["The calf still isn't right after Sunday.", false],
    ["I rode out at dawn and the calf still wasn't right, so we brought it down to the yard.", false],
    ['I could tell the calf would bolt if I opened the gate.', false],
    ['Halter training is going well, though the calf is still a bit stiff after each session.', false],
    ['I think the calf needs another week on the bottle before we turn it out.', false],
    // A thing's knee, and a knee said of nothing.
    ["The knee still isn't right after I refitted the drainpipe under the sink.", false],
    ["I sanded the cabriole leg twice and the knee still isn't right.", false],
    ["I've washed these a hundred times and the knee held up fine.", false],
    ["The knee wasn't happy with the bridge loads, the engineer told me.", false],
    ['The knee held up fine on the descent.', false],
    ['Knee: the bend in the graph where latency takes off.', false],
    ['The knee of the curve is where the servers stop paying off.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isAccountPart(sentence, partIn(sentence), [0, sentence.length])).toBe(expected);
  });
});

describe('may a block hold one, by the words right after the part (mayBeAccountPart)', () => {
  it.each<[string, boolean]>([
    ["The calf still isn't right.", true],
    ['Knee, bent: no pain.', true],
    ['The calf was born at dawn.', false],
    ['The knee of the curve.', false],
  ])('%s → %s', (text, expected) => {
    expect(mayBeAccountPart(text, partIn(text))).toBe(expected);
  });
});
