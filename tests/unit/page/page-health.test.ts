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

// Relaxed forms with no anchor, then three distinct entries through strong forms.
const ADVICE = '<p id="advice">Gentle stretching and a warm-up help.</p>';
const TWO = '<p>The soleus sits under the gastrocnemius.</p>';
const THIRD = '<p id="third">Then I was told it was a DVT.</p>';

describe("a page's own health signal", () => {
  it(`is ${HEALTH_PAGE_ENTRIES} distinct entries`, () => expect(HEALTH_PAGE_ENTRIES).toBe(3));

  it('marks the relaxed forms of a thread whose marks name three entries, blocks before them too', async () => {
    const { fake, counted } = start(`${ADVICE}${TWO}${THIRD}<p>More stretching later.</p>`);
    await engine!.idle();
    expect(fake.texts()).toEqual(['stretching', 'warm-up', 'soleus', 'gastrocnemius', 'DVT', 'stretching']);
    expect(counted.raises).toBe(1);
  });

  it('marks nothing more on a page with one or two entries marked', async () => {
    const { fake, counted } = start(`${ADVICE}${TWO}<p>Stretching the budget again.</p>`);
    await engine!.idle();
    expect(fake.texts()).toEqual(['soleus', 'gastrocnemius']);
    expect(counted.raises).toBe(0);
  });

  it('counts an entry said many times once', async () => {
    const { fake } = start(`${ADVICE}<p>The soleus, the soleus, the soleus and the soleus.</p>`);
    await engine!.idle();
    expect(fake.texts()).toEqual(['soleus', 'soleus', 'soleus', 'soleus']);
  });

  it('upgrades once, when content added later brings the third entry', async () => {
    const { fake, counted } = start(`${ADVICE}${TWO}`);
    await engine!.idle();
    expect(fake.texts()).toEqual(['soleus', 'gastrocnemius']);
    document.body.insertAdjacentHTML('beforeend', THIRD);
    await settle();
    expect(fake.texts()).toEqual(['stretching', 'warm-up', 'soleus', 'gastrocnemius', 'DVT']);
    document.body.insertAdjacentHTML('beforeend', '<p>Compartment syndrome, and stretching again.</p>');
    await settle();
    expect(counted.raises).toBe(1);
    expect(fake.texts()).toEqual([
      'stretching',
      'warm-up',
      'soleus',
      'gastrocnemius',
      'DVT',
      'Compartment syndrome',
      'stretching',
    ]);
    expect(engine!.index.size).toBe(7);
  });

  it('does not mark twice a waiting block that changed before its rematch', async () => {
    const { fake } = start(`${ADVICE}${TWO}`);
    await engine!.idle();
    document.body.insertAdjacentHTML('beforeend', THIRD);
    document.getElementById('advice')!.append(' More stretching.');
    await settle();
    expect(fake.texts()).toEqual(['stretching', 'warm-up', 'stretching', 'soleus', 'gastrocnemius', 'DVT']);
    expect(engine!.index.size).toBe(6);
  });

  it('skips a waiting block that left the page', async () => {
    const { fake } = start(`${ADVICE}${TWO}`);
    await engine!.idle();
    document.getElementById('advice')!.remove();
    document.body.insertAdjacentHTML('beforeend', THIRD);
    await settle();
    expect(fake.texts()).toEqual(['soleus', 'gastrocnemius', 'DVT']);
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
