import { afterEach, describe, expect, it } from 'vitest';
import { HEALTH_PAGE_ENTRIES } from '../../../src/page/page-health.ts';
import type { TermEngine } from '../../../src/page/term-engine.ts';
import { pageMatcher } from '../../support/engine-harness.ts';
import { settle, startSliced } from '../../support/sliced-engine.ts';

let engine: TermEngine | undefined;
afterEach(() => {
  engine?.destroy();
  engine = undefined;
  document.body.innerHTML = '';
});

/** A matcher of its own for each page, counting its raises. */
function countingMatcher() {
  const matcher = pageMatcher();
  const counted = { raises: 0 };
  const raiseHealthPage = matcher.raiseHealthPage.bind(matcher);
  matcher.raiseHealthPage = () => {
    counted.raises++;
    raiseHealthPage();
  };
  return { matcher, counted };
}

function start(html: string) {
  const { matcher, counted } = countingMatcher();
  const started = startSliced(html, matcher);
  engine = started.engine;
  return { fake: started.fake, counted };
}

// Relaxed forms with no anchor, then two distinct entries through strong forms.
const ADVICE = '<p id="advice">Gentle stretching and a warm-up help.</p>';
const ONE = '<p>The soleus lies deep in the leg.</p>';
const SECOND = '<p id="second">Then I was told it was a DVT.</p>';

describe("a page's own health signal", () => {
  it(`is ${HEALTH_PAGE_ENTRIES} distinct entries`, () => expect(HEALTH_PAGE_ENTRIES).toBe(2));

  it('marks the relaxed forms of a thread whose marks name two entries, blocks before them too', async () => {
    const { fake, counted } = start(`${ADVICE}${ONE}${SECOND}<p>More stretching later.</p>`);
    await engine!.idle();
    expect(fake.texts()).toEqual(['stretching', 'warm-up', 'soleus', 'DVT', 'stretching']);
    expect(counted.raises).toBe(1);
  });

  it('marks nothing more on a page with one entry marked', async () => {
    const { fake, counted } = start(`${ADVICE}${ONE}<p>Stretching the budget again.</p>`);
    await engine!.idle();
    expect(fake.texts()).toEqual(['soleus']);
    expect(counted.raises).toBe(0);
  });

  it('counts an entry said many times once', async () => {
    const { fake } = start(`${ADVICE}<p>The soleus, the soleus, the soleus and the soleus.</p>`);
    await engine!.idle();
    expect(fake.texts()).toEqual(['soleus', 'soleus', 'soleus', 'soleus']);
  });

  it('upgrades once, when content added later brings the second entry', async () => {
    const { fake, counted } = start(`${ADVICE}${ONE}`);
    await engine!.idle();
    expect(fake.texts()).toEqual(['soleus']);
    document.body.insertAdjacentHTML('beforeend', SECOND);
    await settle(engine!);
    expect(fake.texts()).toEqual(['stretching', 'warm-up', 'soleus', 'DVT']);
    document.body.insertAdjacentHTML('beforeend', '<p>Compartment syndrome, and stretching again.</p>');
    await settle(engine!);
    expect(counted.raises).toBe(1);
    expect(fake.texts()).toEqual(['stretching', 'warm-up', 'soleus', 'DVT', 'Compartment syndrome', 'stretching']);
    expect(engine!.index.size).toBe(6);
  });

  it('does not mark twice a waiting block that changed before its rematch', async () => {
    const { fake } = start(`${ADVICE}${ONE}`);
    await engine!.idle();
    document.body.insertAdjacentHTML('beforeend', SECOND);
    document.getElementById('advice')!.append(' More stretching.');
    await settle(engine!);
    expect(fake.texts()).toEqual(['stretching', 'warm-up', 'stretching', 'soleus', 'DVT']);
    expect(engine!.index.size).toBe(5);
  });

  it('skips a waiting block that left the page', async () => {
    const { fake } = start(`${ADVICE}${ONE}`);
    await engine!.idle();
    document.getElementById('advice')!.remove();
    document.body.insertAdjacentHTML('beforeend', SECOND);
    await settle(engine!);
    expect(fake.texts()).toEqual(['soleus', 'DVT']);
  });
});
