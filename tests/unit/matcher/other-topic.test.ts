import { describe, expect, it } from 'vitest';
import { isOtherTopic } from '../../../src/matcher/other-topic.ts';

// Probes written for the rule (issue 11, threadsign round), in our own words.
describe("a sentence about a thing of the signs' everyday senses (other-topic.ts)", () => {
  it.each<[string, boolean]>([
    ['The election was a mess.', true],
    ['The market fell again on Friday.', true],
    ['Our team lost four nil.', true],
    ['The crowds were huge at the gate.', true],
    // The writer's care, the setting of the hurt, or the thing named in passing.
    ['The physio was brilliant.', false],
    ['The stairs were the worst part.', false],
    ['I hurt it in the match.', false],
    ['The match went on without me.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(isOtherTopic(sentence)).toBe(expected);
  });
});
