import { describe, expect, it } from 'vitest';
import { createAddedRuns } from '../../../src/page/added-runs.ts';

describe('createAddedRuns', () => {
  it.each<[string, boolean, number, number, boolean]>([
    // what, the run is an added element, blocks marked before the records, after them, must unmark
    ['an added element, nothing marked since its records', true, 3, 0, false],
    ['an added element, a block marked since its records', true, 3, 1, true],
    ['a changed run, nothing marked since', false, 3, 0, true],
    ['a changed run, a block marked since', false, 0, 2, true],
  ])('%s: unmark %s', (_what, isAdded, before, after, mayHoldMarks) => {
    const added = createAddedRuns();
    const batches: (() => void)[] = [];
    const schedule = added.schedule((run) => batches.push(run));
    for (let k = 0; k < before; k++) added.noteMarked();
    schedule(() => {});
    for (let k = 0; k < after; k++) added.noteMarked();
    const node = document.createElement('p');
    expect(added.mayHoldMarks({ first: node, last: node, isAdded })).toBe(mayHoldMarks);
    expect(batches).toHaveLength(1);
  });
});
