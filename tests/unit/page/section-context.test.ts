import { afterEach, describe, expect, it } from 'vitest';
import { clearPage, marksOfPage } from '../../support/page-marks.ts';

// Fixture pages written for these tests, in the structure of real health pages and of everyday
// pages that share their words (issue 11: list items and short blocks under a heading).

afterEach(clearPage);

const list = (...items: string[]) => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;

describe('a short block takes the sense of its heading or lead-in (section-context.ts)', () => {
  it.each<[string, string, string[]]>([
    [
      'a symptom list under a heading naming the leg',
      `<h2>Symptoms of a blood clot in the leg</h2>${list('Swelling', 'Warmth and redness', 'Tenderness when you stand')}`,
      ['blood clot', 'Swelling', 'Warmth', 'redness', 'Tenderness'],
    ],
    [
      'a list under a heading naming DVT, inside a wrapper',
      `<h3>Signs of DVT</h3><div class="box">${list('Swollen, tender and warm')}</div>`,
      ['DVT', 'Swollen', 'tender', 'warm'],
    ],
    [
      'a list after a lead-in ending in ":"',
      `<h2>Looking after yourself</h2><p>Check your lower legs each evening for:</p>${list('Puffiness', 'Numbness or tingling')}`,
      ['lower legs', 'Puffiness', 'Numbness', 'tingling'],
    ],
    [
      'an FAQ: a definition under its question',
      '<dl><dt>What does a calf strain feel like?</dt><dd>Tender, warm and swollen.</dd></dl>',
      ['calf strain', 'Tender', 'warm', 'swollen'],
    ],
    [
      'a table of signs with a caption',
      '<table><caption>Signs of a torn calf muscle</caption><tr><td>Bruising</td><td>Weakness when you push off</td></tr></table>',
      // Three entries marked: the page's own health signal then marks the relaxed "push off" (page-health.ts).
      ['torn calf muscle', 'Bruising', 'Weakness', 'push off'],
    ],
    [
      'a short paragraph under its heading',
      '<h2>Swollen legs after a long flight</h2><p>Swollen by the end of the day.</p>',
      ['Swollen', 'Swollen'],
    ],
    [
      "an article's heading inside its header",
      `<article><header><h1>After a long-haul flight: DVT</h1></header>${list('Puffy by the evening')}</article>`,
      ['DVT', 'Puffy'],
    ],
    [
      'a disclosure: the summary heads its text',
      '<details><summary>Signs of DVT</summary><p>Warmth and redness.</p></details>',
      ['DVT', 'Warmth', 'redness'],
    ],
  ])('marks %s, never red', async (_, html, expected) => {
    expect(await marksOfPage(html)).toEqual(expected);
  });

  it.each<[string, string, string[]?]>([
    ['a recipe', `<h2>Slow-roast leg of lamb</h2>${list('Rub with garlic', 'Cook until tender', 'Tender.')}`],
    ['a travel stage', `<h2>Leg 2: the coast</h2>${list('Warm evenings', 'Swell on the west beaches', 'Warm.')}`],
    ['furniture', `<h2>Table legs and chair feet</h2>${list('Stiff hinges', 'Weak joints', 'Stiff.')}`],
    // The heading does name the knee: the items are no fragments ("weak" describes the defence).
    ['sport', `<h2>Knee injuries this season</h2>${list('A weak defence', 'Tight fixtures in December')}`, ['Knee']],
    ['finance', `<h2>Calf prices at the autumn sales</h2>${list('Tender offers', 'Weak demand', 'Stiff.')}`],
    ['a restaurant menu', `<h2>Menu</h2>${list('Tender beef', 'Warm bread', 'Swollen.')}`],
    [
      'navigation under a heading that names the leg',
      `<nav><h2>Leg health</h2>${list('<a href="/a">Swelling</a>', '<a href="/b">Stiffness</a>')}</nav>`,
    ],
    [
      'a list of links in the article',
      `<h2>Leg health</h2>${list('<a href="/a">Swelling</a>', '<a href="/b">Stiffness</a>')}`,
    ],
    ['a heading too far back', `<h2>Signs of DVT</h2>${'<p>More.</p>'.repeat(8)}${list('Tender.')}`, ['DVT']],
    ['a heading past a rule', `<h2>Swollen legs</h2><p>About us.</p><hr>${list('Tender.')}`, ['Swollen']],
    [
      'a heading of another section',
      `<section><h2>Swollen legs</h2></section><section>${list('Tender.')}</section>`,
      ['Swollen'],
    ],
  ])('marks nothing on %s but its heading', async (_, html, heading = []) => {
    expect(await marksOfPage(html)).toEqual(heading);
  });
});
