// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marksOf as marks } from '../../support/engine-harness.ts';

// The block17 round: a trait or a lump there or had, alone in its sentence, takes the leg named
// before (there-is-sign.ts, read by discourse-anchor.ts); one that says what it is of or where does not.
describe('a sign that is there, after the leg named before (there-is-sign.ts)', () => {
  it.each<[string, string[]]>([
    ['Twisted my knee on the stairs last month. There is still some tenderness.', ['knee', 'tenderness']],
    ['I tore my Achilles in the spring. I still have some weakness.', ['Achilles', 'weakness']],
    ['I broke my ankle in March. There is a hard lump.', ['broke', 'ankle', 'lump']],
    ["I twisted my knee. I've got a small lump, and it hurts.", ['knee', 'lump']],
    // The kin17 round: a relative clause after the lump (post-grid.ts).
    ["I broke my ankle in March. There's a lump that wasn't there before.", ['broke', 'ankle', 'lump']],
    ["I bought a new mattress last week. There's a lump that wasn't there before.", []],
    ["He hurt his knee in training. There's still some weakness in the squad.", ['knee']],
    ["I broke my ankle in March. There's a lump in the sauce, so keep whisking.", ['broke', 'ankle']],
    ['She twisted her ankle at the premiere. There is a tenderness to the film.', ['ankle']],
    ['I bought a new mattress last week. There is a hard lump.', []],
  ])('%s marks %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});
