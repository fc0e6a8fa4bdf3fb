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

// The block17 round: "fractured" before a person's part of the leg, which then frames it too.
describe("'fractured' before a part of the leg someone owns (own-fracture.ts)", () => {
  it.each<[string, string[]]>([
    ["I'm doing physical therapy for my fractured ankle.", ['fractured', 'ankle']],
    ['He has a fractured tibia from the crash.', ['fractured', 'tibia']],
    ['My fractured ankle is healing. The swelling is worse in the evening.', ['fractured', 'ankle', 'swelling']],
    ['The fractured coalition met again on Monday.', []],
    ['They glued the fractured leg of the old table.', []],
    ['The dog has a fractured leg.', []],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
