import { describe, expect, it } from 'vitest';
import { lookAtViewport, type TextAt, type ViewportLook } from '../../../src/page/viewport-anchors.ts';

// happy-dom has no layout: the hit tests are a table of the text at each point of a 100 × 100 viewport.
function pageOf(count: number): Text[] {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p>post ${i}</p>`).join('');
  return [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
}

/** Runs a look to its end; returns the anchors' texts, the points asked and the steps taken. */
function finish(textAt: TextAt) {
  const asked: string[] = [];
  const look: ViewportLook = lookAtViewport(100, 100, (x, y) => {
    asked.push(`${x},${y}`);
    return textAt(x, y);
  });
  let steps = 0;
  for (let step = look.next(); ; step = look.next(), steps++)
    if (step.done)
      return { anchors: step.value && [step.value.first.textContent, step.value.last.textContent], asked, steps };
}

describe('lookAtViewport', () => {
  it('asks the top and bottom rows, a hit test a step, and brackets what they found in document order', () => {
    const texts = pageOf(9);
    // A page laid out out of document order (a sidebar, a grid): the last post is at the top left.
    const at: Record<string, Text> = { '10,2': texts[8]!, '50,2': texts[3]!, '50,98': texts[5]!, '90,98': texts[1]! };
    const { anchors, asked, steps } = finish((x, y) => at[`${x},${y}`] ?? null);
    expect(asked).toEqual(['10,2', '50,2', '90,2', '10,98', '50,98', '90,98']);
    expect(steps).toBe(6);
    expect(anchors).toEqual(['post 1', 'post 8']);
  });

  it.each([
    ['the top row', '50,98', ['10,50', '50,50', '90,50']],
    ['the bottom row', '50,2', ['10,50', '50,50', '90,50']],
  ])('asks the middle row too when %s finds no text', (_row, found, middle) => {
    const texts = pageOf(3);
    const at: Record<string, Text> = { [found]: texts[2]!, '50,50': texts[0]! };
    const { anchors, asked } = finish((x, y) => at[`${x},${y}`] ?? null);
    expect(asked.slice(6)).toEqual(middle);
    expect(anchors).toEqual(['post 0', 'post 2']);
  });

  it('finds nothing where no point is over text', () => {
    const { anchors, asked } = finish(() => null);
    expect(asked).toHaveLength(9);
    expect(anchors).toBeUndefined();
  });
});
