import { afterEach, describe, expect, it } from 'vitest';
import { createHeadingContext } from '../../../src/page/post-heading.ts';
import { clearPage, marksOfPage } from '../../support/page-marks.ts';

// Fixture pages written for these tests, in the structure of forum threads, patient diaries and
// everyday pages whose headings name a knee or a calf in another sense (issue 11: a thread's title
// or a post's heading names the writer's leg).

afterEach(clearPage);

describe("a post's heading lends the writer's leg to the paragraphs under it (post-heading.ts)", () => {
  it.each<[string, string, string[]]>([
    [
      'a thread title over its first post',
      '<main><h1>Swollen calf after a long flight, worried</h1><div class="post"><p>Flew home on Friday.</p><p>The swelling goes down overnight and comes back by lunch.</p></div></main>',
      ['Swollen calf', 'swelling'],
    ],
    [
      "a diary's h2 over two paragraphs",
      '<article><h2>Knee diary, week 3</h2><p>Physio on Monday, cycling on Wednesday.</p><p>Still numb and tingly this morning, but less than last week.</p></article>',
      // Two entries marked raise the page's health signal, and the heading's relaxed "Knee" with it.
      ['Knee', 'numb', 'tingly'],
    ],
    [
      "an article's title in its header",
      '<article><header><h1>Left ankle, six weeks post-op</h1></header><p>Some days it feels numb after I sit for an hour.</p></article>',
      ['ankle', 'numb'],
    ],
    [
      "a post's bold first line",
      '<div class="post"><b>Sprained ankle, day four</b><br>The bruising has spread and gone yellow at the edges.</div>',
      ['ankle', 'bruising'],
    ],
    [
      "a bold paragraph opening a post's body",
      '<div class="post"><div class="body"><p><strong>Achilles flare-up again</strong></p><p>Woke up and it felt stiff and sore.</p></div></div>',
      ['stiff'],
    ],
    [
      'a paragraph past an image',
      '<article><h2>Knee diary, week 3</h2><img alt=""><p>The swelling goes down overnight.</p></article>',
      ['swelling'],
    ],
  ])('marks %s, in the normal colour', async (_, html, expected) => {
    expect(await marksOfPage(html)).toEqual(expected);
  });

  it.each<[string, string]>([
    [
      'a shop page under "Calf leather boots"',
      "<article><h2>Calf leather boots</h2><p>The shaft feels tight at first.</p><p>The pound's weakness has pushed up the price of leather.</p></article>",
    ],
    [
      'a news page under "Knee surgery waiting lists grow"',
      '<article><h2>Knee surgery waiting lists grow</h2><p>Tight budgets and a shortage of staff.</p><p>The backlog has swollen again this winter.</p></article>',
    ],
    [
      'a trail guide under "Calf Creek Falls"',
      '<article><h2>Calf Creek Falls trail guide</h2><p>The last stretch is steep.</p><p>The creek runs swollen after rain.</p></article>',
    ],
    [
      'a farm page under "Calf rearing"',
      '<section><h3>Calf rearing, the first week</h3><p>Keep the pen warm and dry.</p><p>A little swelling at the navel is common.</p></section>',
    ],
    [
      'a recipe under "Chicken thighs"',
      '<article><h2>Chicken thighs with lemon</h2><p>Roast until the meat is tender and warm through.</p></article>',
    ],
    [
      'a heading of another body region',
      '<article><h2>Swollen glands and a sore throat</h2><p>It has been tender and warm on one side since Sunday.</p></article>',
    ],
    [
      'a post after another element with text',
      '<main><h1>Knee diary, week 3</h1><div class="post">Reply from Sam</div><p>The swelling goes down overnight.</p></main>',
    ],
    [
      'a paragraph past a rule',
      '<article><h2>Knee diary, week 3</h2><p>Short one today.</p><hr><p>The swelling goes down overnight.</p></article>',
    ],
    [
      'a quoted paragraph',
      '<article><h2>Knee diary, week 3</h2><blockquote><p>The swelling goes down overnight.</p></blockquote></article>',
    ],
    [
      'a paragraph after a list',
      '<article><h2>Knee diary, week 3</h2><ul><li>Physio on Monday</li></ul><p>The swelling goes down overnight.</p></article>',
    ],
    [
      'a paragraph further down than the blocks the matcher reads before it',
      `<article><h2>Knee diary, week 3</h2>${'<p>Physio on Monday.</p>'.repeat(5)}<p>The swelling goes down overnight.</p></article>`,
    ],
  ])('lends nothing on %s', async (_, html) => {
    const marks = await marksOfPage(html);
    for (const word of ['tight', 'weakness', 'swollen', 'swelling', 'tender', 'warm', 'stretch'])
      expect(marks).not.toContain(word);
  });

  it('gives the heading text, not past a heading of its own block', () => {
    document.body.innerHTML = '<article><h2>Knee diary</h2><p>one</p><p>two</p></article>';
    const headings = createHeadingContext();
    const second = document.body.querySelector('p:last-child')!.firstChild as Text;
    const title = document.body.querySelector('h2')!.firstChild as Text;
    expect(headings.of(second, document.body)?.()).toBe('Knee diary');
    expect(headings.of(title, document.body)?.()).toBe('');
  });

  it.each<[number, string]>([
    [4, 'Knee diary'],
    [5, ''],
  ])(
    'with %i paragraphs between, gives %j: no paragraph between goes unread by the matcher (four blocks)',
    (between, heading) => {
      document.body.innerHTML = `<article><h2>Knee diary</h2>${'<p>Physio.</p>'.repeat(between)}<p>last</p></article>`;
      const last = document.body.querySelector('p:last-child')!.firstChild as Text;
      expect(createHeadingContext().of(last, document.body)?.()).toBe(heading);
    },
  );
});
