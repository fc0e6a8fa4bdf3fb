import { describe, expect, it } from 'vitest';
import type { Matcher } from '../../../src/matcher/matcher.ts';
import { createPageEntries } from '../../../src/page/page-entries.ts';
import { createPageHealth } from '../../../src/page/page-health.ts';
import { pageMatcher } from '../../support/engine-harness.ts';

// Each keeper of blocks waiting for the page to show something, with a block that waits for it.
describe.each<
  [string, (matcher: Matcher) => { noteMatched(at: Text, root: Node): unknown; waitingCount: number }, string]
>([
  ["the page's health signal (page-health.ts)", createPageHealth, 'Gentle stretching helps.'],
  ['the entries the page shows (page-entries.ts)', createPageEntries, 'The swelling had gone down.'],
])('the blocks waiting for %s', (_, create, waits) => {
  it('are dropped once they are many if they left the page, so removed nodes are not kept', () => {
    const matcher = pageMatcher();
    const keeper = create(matcher);
    const add = (count: number) => {
      for (let i = 0; i < count; i++) {
        const p = document.createElement('p');
        p.textContent = waits;
        document.body.append(p);
        matcher.match(waits);
        keeper.noteMatched(p.firstChild as Text, document.body);
      }
    };
    add(200);
    document.body.innerHTML = '';
    add(100);
    expect(keeper.waitingCount).toBeLessThanOrEqual(100);
    expect(keeper.waitingCount).toBeGreaterThan(0);
  });
});
