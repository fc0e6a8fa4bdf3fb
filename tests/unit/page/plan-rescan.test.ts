import { afterEach, describe, expect, it } from 'vitest';
import { planRescan, runAround, type SiblingRun } from '../../../src/page/plan-rescan.ts';

/** Records what `change` does to the body, as the engine's observer would see it. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden'],
  });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

const describeRun = (run: SiblingRun) =>
  [run.first, run.last]
    .map((node) => (node.nodeType === 3 ? `"${(node as Text).data}"` : `<${(node as Element).localName}>`))
    .join('…');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('runAround', () => {
  it('takes the inline siblings around a node, up to the block edges', () => {
    document.body.innerHTML = '<p>a <b id="b">b</b> c<br>d</p>';
    expect(describeRun(runAround(document.getElementById('b')!.firstChild!, document.body))).toBe('"a "…" c"');
  });
});

describe('planRescan', () => {
  it('re-reads the run of a changed text node only', async () => {
    document.body.innerHTML = '<div><p>one</p><p id="p">two <i>three</i></p></div>';
    const text = document.getElementById('p')!.firstChild as Text;
    const plan = planRescan(await recordsOf(() => (text.data = 'soleus ')), document.body);
    expect(plan.targets.map(describeRun)).toEqual(['"soleus "…<i>']);
  });

  it('walks an added block element whole, and drops removed nodes', async () => {
    document.body.innerHTML = '<main id="m"><p id="old">old</p></main>';
    const old = document.getElementById('old')!;
    const records = await recordsOf(() => {
      old.remove();
      document.getElementById('m')!.append(document.createElement('article'));
    });
    const plan = planRescan(records, document.body);
    expect(plan.removed).toContain(old);
    expect(plan.targets.map(describeRun)).toEqual(['<article>…<article>']);
  });

  it('re-reads a block emptied of its text, or the run of an emptied inline element', async () => {
    document.body.innerHTML = '<div><p id="p">the <b>tibia</b></p><p>a <i id="i">soleus</i> b</p></div>';
    const records = await recordsOf(() => {
      document.getElementById('p')!.replaceChildren();
      document.getElementById('i')!.replaceChildren();
    });
    expect(planRescan(records, document.body).targets.map(describeRun)).toEqual(['<p>…<p>', '"a "…" b"']);
  });

  it('merges nested changes into the outer target', async () => {
    document.body.innerHTML = '<main id="m"></main>';
    const records = await recordsOf(() => {
      const post = document.createElement('article');
      document.getElementById('m')!.append(post);
      post.append(Object.assign(document.createElement('p'), { textContent: 'tibia' }));
    });
    expect(planRescan(records, document.body).targets.map(describeRun)).toEqual(['<article>…<article>']);
  });

  it('ignores changes inside skipped regions', async () => {
    document.body.innerHTML = '<div contenteditable><p id="p">x</p></div>';
    const text = document.getElementById('p')!.firstChild as Text;
    expect(planRescan(await recordsOf(() => (text.data = 'soleus')), document.body).targets).toEqual([]);
  });
});
