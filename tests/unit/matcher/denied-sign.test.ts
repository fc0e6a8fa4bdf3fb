// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The blow16 round (docs/sense.md "A blow's mark, a clot under treatment, a leg's signs denied").
describe("signs denied of the legs named before are the cards', never red (denied-sign.ts, said-of-it.ts)", () => {
  it.each<[string, string[]]>([
    [
      "My legs feel wrong at night. They aren't numb, or tingly, or swollen, or hot, they just won't stay still.",
      ['numb', 'tingly', 'swollen', 'hot'],
    ],
    ["His ankles look fine to me. They aren't puffy or warm.", ['puffy', 'warm']],
    // A leg word in the sign's own sentence keeps the older red, as the corpus labels it.
    ['My knee is tight after the run but not swollen.', ['knee', 'swollen!']],
    // Said, not denied, after the legs: red as before.
    ['My legs feel wrong at night. They are numb.', ['numb!']],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each<string>([
    "The wires aren't hot or frayed, the electrician said.",
    "The bread isn't tender or soft, so bake it a little less.",
  ])('%s marks nothing', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
