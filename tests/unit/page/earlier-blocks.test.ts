import { afterEach, describe, expect, it } from 'vitest';
import { createEarlierContext } from '../../../src/page/earlier-blocks.ts';
import { clearPage, marksOfPage } from '../../support/page-marks.ts';

// Fixture pages written for these tests, in the structure of real forum threads, patient stories
// and everyday pages that share their words (issue 11: a post's later paragraphs, cross-block).

afterEach(clearPage);

const CALF = "<p>My left calf has been sore since Sunday's long run.</p>";
const LATER = '<p>The swelling has gone down but I kept stretching.</p>';
/**
 * The same with the stretch given to "it": "I kept stretching" alone is a writer's habit that anchors
 * itself (stretch-habit.ts, the stretch16 round), while "stretching it" takes the leg of the blocks
 * before, or nothing: what the boundaries below must stop.
 */
const LATER_IT = '<p>The swelling has gone down but I kept stretching it.</p>';

describe("a post's later paragraphs take the leg its earlier ones named (earlier-blocks.ts)", () => {
  it.each<[string, string, string[]]>([
    ['paragraphs of a post', `<div class="post">${CALF}${LATER}</div>`, ['calf', 'swelling', 'stretching']],
    [
      'paragraphs of a post, the stretch given to it',
      `<div class="post">${CALF}${LATER_IT}</div>`,
      ['calf', 'swelling', 'stretching'],
    ],
    [
      'a patient story in an article, two paragraphs on',
      `<article><h1>My calf strain</h1>${CALF}<p>The physio was kind.</p>${LATER}</article>`,
      ['calf strain', 'calf', 'swelling', 'stretching'],
    ],
    [
      'lines of a post split by <br>',
      '<div class="post">My left calf has been sore since Sunday\'s long run.<br><br>The swelling has gone down but I kept stretching.</div>',
      ['calf', 'swelling', 'stretching'],
    ],
    ['a paragraph after an image', `<div>${CALF}<img alt=""><p>Still some bruising.</p></div>`, ['calf', 'bruising']],
  ])('marks %s, never red', async (_, html, expected) => {
    expect(await marksOfPage(html)).toEqual(expected);
  });

  it.each<[string, string]>([
    [
      'another post of a thread in a list, by another author',
      `<ul class="thread"><li>${CALF}</li><li><p>The swelling has gone down but I kept stretching it.</p></li></ul>`,
    ],
    [
      'another post of a thread in sibling elements',
      `<div class="thread"><div class="post">${CALF}</div><div class="post">${LATER_IT}</div></div>`,
    ],
    [
      'a post written straight into its element, after another',
      '<div class="thread"><div>My left calf has been sore since Sunday\'s long run.</div><div>The swelling has gone down but I kept stretching it.</div></div>',
    ],
    ['a paragraph after a heading', `${CALF}<h2>The garden</h2>${LATER_IT}`],
    ['a paragraph after a rule', `${CALF}<hr>${LATER_IT}`],
    ['a quote of another post', `<blockquote>${CALF}</blockquote>${LATER_IT}`],
    ['a paragraph after a list', `${CALF}<ul><li>Week one</li></ul>${LATER_IT}`],
    ['a sidebar', `<aside>${CALF}${LATER_IT}</aside>`],
  ])('takes nothing across %s', async (_, html) => {
    const marks = await marksOfPage(html);
    expect(marks).not.toContain('swelling');
    expect(marks).not.toContain('stretching');
  });

  it.each<[string, string]>([
    [
      'a match report',
      '<article><p>Smith limped off with a calf strain in the first half.</p><p>The weakness of the defence showed after the break.</p><p>It was a tight game, and a stretch of three away games lies ahead.</p></article>',
    ],
    [
      'a recipe of veal shank',
      '<article><p>Veal shank is cut from the lower leg of the calf.</p><p>Season it and brown it on all sides.</p><p>Braise until tender; stiffness in the meat means it needs longer.</p><p>Tenderness comes with slow cooking.</p></article>',
    ],
    [
      'a farm page',
      "<article><p>The heifer's calf was born with a weak hind leg.</p><p>The swelling went down after a week in the pen.</p><p>Stiffness after the long trailer ride is common.</p></article>",
    ],
  ])('marks no everyday sense on %s', async (_, html) => {
    expect(await marksOfPage(html)).toEqual(html.includes('calf strain') ? ['calf strain'] : []);
  });

  it.each<[string, string, string[]]>([
    // The fit-page round (period-post.ts): the period named in an earlier paragraph of the post.
    [
      'a period post whose later paragraph names a sport',
      '<article><p>My period started on Monday and I felt awful.</p><p>I went to netball anyway. Even a gentle jog in the warm-up made the cramps worse.</p></article>',
      ['warm-up'],
    ],
    [
      "a post that names the runner's calf after the period",
      '<article><p>My period is due this week.</p><p>On my run today my calf cramped badly.</p><p>The cramps came back at night.</p></article>',
      ['calf', 'cramped', 'cramps'],
    ],
  ])('reads the post around %s', async (_, html, expected) => {
    expect(await marksOfPage(html)).toEqual(expected);
  });

  it('reads at most four blocks back, the nearest last', () => {
    document.body.innerHTML = `<div>${['one', 'two', 'three', 'four', 'five', 'six'].map((word) => `<p>${word}</p>`).join('')}</div>`;
    const last = document.body.querySelector('p:last-child')!.firstChild as Text;
    expect(createEarlierContext().of(last, document.body)?.()).toBe('two\nthree\nfour\nfive');
  });
});
