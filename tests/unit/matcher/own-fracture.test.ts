// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The blow16 round (docs/sense.md "A blow's mark, a clot under treatment, a leg's signs denied").
describe("'fractured' said of a person's own bone is the card's (own-fracture.ts)", () => {
  it.each<[string, string[]]>([
    ['Could I have fractured something?', ['fractured']],
    ['Fell off my bike onto the kerb. Could I have fractured it?', ['fractured']],
    ['Have I fractured something or is it just bruised?', ['fractured']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<string>([
    'The coalition fractured after the vote.',
    'The team fractured over the summer.',
    'I fractured my relationship with my brother over it.',
    'Could I have fractured my wrist when I fell on it?',
  ])('%s marks nothing', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
