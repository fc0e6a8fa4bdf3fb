// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

describe("a player's weaker foot is a skill, no muscle's sign (foot-skill.ts)", () => {
  it.each<string>([
    'His left foot has been weak all season, the scouts say.',
    "The striker's weakness on his left foot was exposed all afternoon.",
    'Scouts rate the midfielder, though his weaker foot needs work.',
    'A striker with a weak left foot is easy to read for defenders.',
  ])('%s marks no weakness', (text) => {
    expect(marks(text).filter((mark) => mark.startsWith('weak'))).toEqual([]);
  });

  it.each<[string, string[]]>([
    // A body's sign, an injury or no football frame: the red rule decides.
    ['my left foot has been weak and numb since this morning', ['weak!', 'numb!']],
    ['After the tackle the winger said his left foot felt weak and numb.', ['weak!', 'numb!']],
    ['Since the stroke his right foot is weak and it drags.', ['weak!']],
    ['I play left wing and my left foot has been weak all season, no idea why.', ['weak!']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text).filter((mark) => /^(?:weak|numb)/.test(mark))).toEqual(expected);
  });
});
