import { describe, expect, it } from 'vitest';
import { createTermIndex, type MarkedBlock, type MarkedTerm } from '../../../src/page/term-index.ts';
import { compareComposed, stepSpan } from '../../../src/page/term-order.ts';
import { spanOf } from '../../../src/page/term-span.ts';

const term = (entryId: string, start: number, end: number): MarkedTerm => ({
  entryId,
  start,
  end,
  isUrgent: false,
});

function blockOf(html: string, terms: MarkedTerm[]): MarkedBlock {
  const paragraph = document.createElement('p');
  paragraph.innerHTML = html;
  document.body.append(paragraph);
  return { nodes: [paragraph.firstChild as Text], starts: [0], terms };
}

describe('spanOf', () => {
  it('joins a term and its abbreviation a parenthesis apart: one tooltip for both', () => {
    // "deep vein thrombosis (DVT) and DVT"
    const dvt = [term('p/dvt', 0, 20), term('p/dvt', 22, 25), term('p/dvt', 31, 34)];
    const block = blockOf('deep vein thrombosis (DVT) and DVT', dvt);
    expect(spanOf(block, dvt[1]!)).toMatchObject({ start: 0, end: 25 });
    expect(spanOf(block, dvt[2]!)).toMatchObject({ start: 31, end: 34 });
  });

  it('does not join different entries', () => {
    const terms = [term('p/calf', 0, 4), term('p/soleus', 6, 12)];
    expect(spanOf(blockOf('calf (soleus)', terms), terms[1]!)).toMatchObject({ start: 6, end: 12 });
  });
});

describe('next and previous term', () => {
  document.body.replaceChildren();
  const index = createTermIndex();
  const second = blockOf('soleus and calf', [term('p/soleus', 0, 6), term('p/calf', 11, 15)]);
  const host = document.createElement('div');
  document.body.append(host);
  const shadowText = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('p'));
  shadowText.textContent = 'tibia';
  const third: MarkedBlock = {
    nodes: [shadowText.firstChild as Text],
    starts: [0],
    terms: [term('p/tibia', 0, 5)],
  };
  const first = blockOf('calf', [term('p/calf', 0, 4)]);
  document.body.prepend(first.nodes[0]!.parentNode!);
  for (const block of [third, second, first]) index.add(block);
  const blocksInOrder = [first, second, third];

  it('orders blocks in reading order, shadow roots included', () => {
    expect(compareComposed(second.nodes[0]!, third.nodes[0]!)).toBeLessThan(0);
    expect(compareComposed(third.nodes[0]!, first.nodes[0]!)).toBeGreaterThan(0);
    expect(compareComposed(host, third.nodes[0]!)).toBeLessThan(0);
  });

  it('steps forward and back through every term, wrapping at the ends', () => {
    const walk: string[] = [];
    let span = stepSpan(index, undefined, 'next', document);
    for (let i = 0; i < 5; i++) {
      walk.push(`${span!.entryId}@${span!.start}`);
      span = stepSpan(index, span, 'next', document);
    }
    expect(walk).toEqual(['p/calf@0', 'p/soleus@0', 'p/calf@11', 'p/tibia@0', 'p/calf@0']);
    const first = stepSpan(index, undefined, 'next', document);
    expect(stepSpan(index, first, 'previous', document)?.entryId).toBe('p/tibia');
  });

  it('steps through one entry only', () => {
    const first = stepSpan(index, undefined, 'next', document, 'p/calf');
    expect(first).toMatchObject({ block: blocksInOrder[0], start: 0 });
    expect(stepSpan(index, first, 'next', document, 'p/calf')).toMatchObject({ block: second, start: 11 });
  });
});
