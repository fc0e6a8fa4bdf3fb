// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { RawMatch } from '../../../src/matcher/apply-sense.ts';
import { withoutOtherUses } from '../../../src/matcher/other-uses.ts';

/** A raw match of the first `form` in `text` (the tests read the words, not the entry or class). */
const rawOf = (text: string, form: string): RawMatch => {
  const start = text.indexOf(form);
  return { start, end: start + form.length, entryId: 'test/entry', sense: 'weak' };
};

describe('withoutOtherUses drops each other use, in one pass (other-uses.ts)', () => {
  it.each<[string, string[], string[]]>([
    // Each kind of other use beside a form that stays.
    ['The blood will clot in a few minutes, but my calf still aches.', ['clot', 'calf'], ['calf']],
    ['A blood clot in the tooth socket is normal; my calf is fine.', ['blood clot', 'calf'], ['calf']],
    ['These stockings are too tight around my calf.', ['tight', 'calf'], ['calf']],
    ['My knee feels stiff in the morning, and my calf too.', ['stiff', 'calf'], ['calf']],
    ['The ligament was stretched too far when I rolled my ankle.', ['stretched', 'ankle'], ['ankle']],
    // Two kinds in one block, and none.
    ['Her shoe was tight and the blood will clot.', ['tight', 'clot'], []],
    ['My calf is swollen and tight after the run.', ['calf', 'swollen', 'tight'], ['calf', 'swollen', 'tight']],
  ])('%s: %j keeps %j', (text, forms, kept) => {
    const found = withoutOtherUses(
      text,
      forms.map((form) => rawOf(text, form)),
    );
    expect(found.map((match) => text.slice(match.start, match.end))).toEqual(kept);
  });

  it('returns the same array when no form is another use', () => {
    const text = 'My calf is sore.';
    const matches = [rawOf(text, 'calf')];
    expect(withoutOtherUses(text, matches)).toBe(matches);
  });
});
