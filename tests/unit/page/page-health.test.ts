import { afterEach, describe, expect, it } from 'vitest';
import { createPageHealth, HEALTH_PAGE_ENTRIES } from '../../../src/page/page-health.ts';
import { startTermEngine, type TermEngine } from '../../../src/page/term-engine.ts';
import { createFakeRange, createFakeRegistry } from '../../support/fake-highlights.ts';
import { nextTask, pageMatcher } from '../../support/engine-harness.ts';

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
  document.body.innerHTML = html;
  const fake = createFakeRegistry();
  const { matcher, counted } = countingMatcher();
  engine = startTermEngine(document.body, {
    matcher,
    registry: fake.registry,
    styleOf: () => 'term',
    createRange: createFakeRange,
    yieldToMain: nextTask,
    scheduleBatch: (run) => setTimeout(run, 0),
    // One block a slice: the rematch goes through the same slices as any walk.
    sliceMs: 0,
  });
  return { fake, counted };
}

/** Lets the observer deliver its records, then waits for the engine to finish the batch. */
async function settle() {
  await nextTask();
  await nextTask();
  await engine!.idle();
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
    await settle();
    expect(fake.texts()).toEqual(['stretching', 'warm-up', 'soleus', 'DVT']);
    document.body.insertAdjacentHTML('beforeend', '<p>Compartment syndrome, and stretching again.</p>');
    await settle();
    expect(counted.raises).toBe(1);
    expect(fake.texts()).toEqual(['stretching', 'warm-up', 'soleus', 'DVT', 'Compartment syndrome', 'stretching']);
    expect(engine!.index.size).toBe(6);
  });

  it('does not mark twice a waiting block that changed before its rematch', async () => {
    const { fake } = start(`${ADVICE}${ONE}`);
    await engine!.idle();
    document.body.insertAdjacentHTML('beforeend', SECOND);
    document.getElementById('advice')!.append(' More stretching.');
    await settle();
    expect(fake.texts()).toEqual(['stretching', 'warm-up', 'stretching', 'soleus', 'DVT']);
    expect(engine!.index.size).toBe(5);
  });

  it('skips a waiting block that left the page', async () => {
    const { fake } = start(`${ADVICE}${ONE}`);
    await engine!.idle();
    document.getElementById('advice')!.remove();
    document.body.insertAdjacentHTML('beforeend', SECOND);
    await settle();
    expect(fake.texts()).toEqual(['soleus', 'DVT']);
  });
});

describe('createPageHealth', () => {
  it('drops waiting blocks that left the page once they are many, so removed nodes are not kept', () => {
    const matcher = pageMatcher();
    const health = createPageHealth(matcher);
    const add = (count: number) => {
      for (let i = 0; i < count; i++) {
        const p = document.createElement('p');
        p.textContent = 'Gentle stretching helps.';
        document.body.append(p);
        matcher.match(p.textContent);
        health.noteMatched(p.firstChild as Text, document.body);
      }
    };
    add(200);
    document.body.innerHTML = '';
    add(100);
    expect(health.waitingCount).toBeLessThanOrEqual(100);
    expect(health.waitingCount).toBeGreaterThan(0);
  });
});
