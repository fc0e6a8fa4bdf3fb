import { afterEach, describe, expect, it } from 'vitest';
import { createBlockContext } from '../../../src/page/block-context.ts';
import { pageMatcher } from '../../support/engine-harness.ts';

// Fixture pages written for these tests: a block's weak form with no anchor of its own takes the
// sense of its section's heading, the paragraphs before it in its post, or its post's heading.

afterEach(() => {
  document.body.replaceChildren();
});

/** The forms the matcher marks in the block `selector` names, matched with its context. */
function marksOfBlock(context: ReturnType<typeof createBlockContext>, selector: string): string[] {
  const block = document.body.querySelector(selector)!;
  const text = block.textContent ?? '';
  const first = document.createTreeWalker(block, 4 /* SHOW_TEXT */).nextNode() as Text;
  return context.match(text, first, document.body).map((match) => text.slice(match.start, match.end));
}

describe('a block is matched with the page around it (block-context.ts)', () => {
  it.each<[string, string, string, string[]]>([
    [
      "its section's heading",
      '<h2>Signs of a blood clot in the leg</h2><ul><li id="b">Puffy by the evening</li></ul>',
      '#b',
      ['Puffy'],
    ],
    [
      'the paragraphs before it in its post',
      '<div><p>My right calf has been aching since the hike.</p><p id="b">The swelling comes back every evening.</p></div>',
      '#b',
      ['swelling'],
    ],
    [
      "its post's heading",
      '<article><h2>Knee diary, week 3</h2><p>Physio on Monday, cycling on Wednesday.</p><p id="b">Still numb and tingly this morning.</p></article>',
      '#b',
      ['numb', 'tingly'],
    ],
    [
      'nothing around it that is medical',
      '<h2>Packing for the coast</h2><ul><li id="b">Puffy by the evening</li></ul>',
      '#b',
      [],
    ],
  ])('takes %s', (_, html, selector, expected) => {
    document.body.innerHTML = html;
    expect(marksOfBlock(createBlockContext(pageMatcher()), selector)).toEqual(expected);
  });

  it.each<[string, string, string, string, string[]]>([
    [
      'a heading',
      '<h2 id="c">Packing for the coast</h2><ul><li id="b">Puffy by the evening</li></ul>',
      '#c',
      'Signs of a blood clot in the leg',
      ['Puffy'],
    ],
    [
      'a paragraph before',
      '<div><p id="c">We drove to the coast on Sunday.</p><p id="b">The swelling comes back every evening.</p></div>',
      '#c',
      'My right calf has been aching since the hike.',
      ['swelling'],
    ],
    [
      "a post's heading",
      '<article><h2 id="c">Garden diary, week 3</h2><p>Weeding on Monday.</p><p id="b">Still numb and tingly this morning.</p></article>',
      '#c',
      'Knee diary, week 3',
      ['numb', 'tingly'],
    ],
  ])('reads %s again only after forget()', (_, html, changed, text, expected) => {
    document.body.innerHTML = html;
    const context = createBlockContext(pageMatcher());
    expect(marksOfBlock(context, '#b')).toEqual([]);
    document.body.querySelector(changed)!.textContent = text;
    expect(marksOfBlock(context, '#b')).toEqual([]);
    context.forget();
    expect(marksOfBlock(context, '#b')).toEqual(expected);
  });
});
