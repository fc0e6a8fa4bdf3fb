// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// guessed-condition.ts (issue 11, the injury17 round): a condition guessed at right after the
// writer's leg takes that leg, in the normal colour; a thing's fracture or a guess that goes on
// takes nothing.
describe('a condition guessed after the writer leg', () => {
  it.each<[string, string[]]>([
    ['I went over on my ankle yesterday. Could it be fractured?', ['ankle', 'fractured']],
    ['My Achilles is stiff every morning. Probably tendonitis again.', ['Achilles', 'tendonitis']],
    ['My heel hurts when I stand up. Could it be tendinitis?', ['tendinitis']],
    ['I landed badly on my foot. Is it fractured, do you think?', ['fractured']],
    // The kin17 round: a relative's leg, the sentence opened by the relative (kin-frame.ts).
    ['Hubby tore his Achilles at five-a-side. Is it tendonitis?', ['Achilles', 'tendonitis']],
    ['The striker hurt his Achilles in training. Is it tendonitis?', ['Achilles']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['I hurt my knee at the rally. Could it be that the coalition is fractured?', ['knee']],
    ['My knee is fine. Is this a fractured relationship between the clubs?', ['knee']],
    ['She hurt her ankle. Could it be fractured?', ['ankle']],
    ['The treaty is fractured. Could it be tendonitis of the veto?', []],
    ['My elbow hurts when I lift. Could it be tendonitis?', []],
  ])('%s marks only %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it('is never red', () => {
    expect(marks('My ankle is swollen and hot. Could it be fractured?')).toEqual([
      'ankle',
      'swollen!',
      'hot!',
      'fractured',
    ]);
  });
});
