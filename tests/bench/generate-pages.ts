// Benchmark pages, generated the same way every run: forum threads built from the source article's
// sentences with forum markup (quotes, bold, links, signatures), and a long article about something
// else entirely, where a glossary should find next to nothing.
import { readFileSync } from 'node:fs';

/** Small seeded PRNG (mulberry32): the same pages on every machine. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function articleSentences(articlePath: string): string[] {
  return readFileSync(articlePath, 'utf8')
    .split(/\n+/)
    .map((line) => line.replace(/^\s*•\s*/, '').trim())
    .filter((line) => line.split(' ').length > 6)
    .flatMap((line) => line.match(/[^.!?]+[.!?]+/g) ?? [])
    .map((sentence) => sentence.trim());
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<style>body{font:16px/1.5 Georgia,serif;max-width:46rem;margin:auto}.post{border-bottom:1px solid #ddd}` +
  `blockquote{color:#555;border-left:3px solid #ccc;margin:0;padding-left:.75rem}.sig{font-size:13px;color:#777}</style>` +
  `</head><body>${body}</body></html>`;

/** A forum thread of `posts` posts; 600 make about 0.5 MB, 4,000 about 3.5 MB. */
export function forumThread(posts: number, articlePath: string): string {
  const rand = random(posts);
  const sentences = articleSentences(articlePath);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const decorate = (sentence: string) =>
    escapeHtml(sentence)
      .split(' ')
      .map((word) => {
        const roll = rand();
        if (roll < 0.04) return `<b>${word}</b>`;
        if (roll < 0.06) return `<a href="#w">${word}</a>`;
        if (roll < 0.07) return `<i>${word}</i>`;
        return word;
      })
      .join(' ');
  const paragraph = () =>
    `<p>${Array.from({ length: 1 + Math.floor(rand() * 4) }, () => decorate(pick(sentences))).join(' ')}</p>`;
  const names = ['trailrunner_jo', 'calfcare', 'marathon_mia', 'doc_on_the_run', 'sam_lifts', 'achy_legs', 'coach_k'];
  let body = '<h1>Calf pain after long runs — what helped you?</h1><main id="thread">';
  for (let i = 0; i < posts; i++) {
    const quote = rand() < 0.3 ? `<blockquote>${paragraph()}</blockquote>` : '';
    const paragraphs = Array.from({ length: 1 + Math.floor(rand() * 4) }, paragraph).join('');
    body +=
      `<article class="post" id="p${i}"><header><a class="user" href="#u">${pick(names)}</a> ` +
      `<time>${1 + (i % 28)} Mar</time></header>${quote}${paragraphs}` +
      `<div class="sig">Run happy — ${pick(names)}</div></article>`;
  }
  return page('Runners’ forum', `${body}</main>`);
}

/** One more forum post, as an infinite-scroll page appends it. */
export function forumPosts(count: number, articlePath: string): string[] {
  const rand = random(count * 7919);
  const sentences = articleSentences(articlePath);
  return Array.from({ length: count }, () =>
    Array.from({ length: 2 + Math.floor(rand() * 3) }, () => sentences[Math.floor(rand() * sentences.length)]!).join(
      ' ',
    ),
  );
}

const HISTORY = [
  'The first lighthouses were open fires kept burning on hilltops so that ships could find the harbour at night.',
  'Keepers trimmed wicks, polished brass and wound the clockwork that turned the lens every few hours.',
  'A Fresnel lens gathers the light of a small lamp into a beam that sailors can see from twenty miles away.',
  'Stone towers on exposed rocks had to survive storms that threw spray over the lantern room.',
  'Each light flashes in its own pattern, so a navigator can tell one headland from the next.',
  'Fog signals, from bells to diaphones, warned ships when the beam could not be seen.',
  'Automation in the twentieth century ended the long tradition of families living at the station.',
  'Many old towers are now museums where visitors climb the spiral stairs to the gallery.',
];

/** A long, link-heavy article with no medical content (about 26,000 DOM nodes). */
export function longArticle(sections: number): string {
  const rand = random(sections);
  const sentence = () => HISTORY[Math.floor(rand() * HISTORY.length)]!;
  const linked = (text: string) => text.replace(/\b(\w{6,})\b/, '<a href="#ref">$1</a>');
  let body = '<h1>A history of lighthouses</h1><nav><ol>';
  for (let i = 0; i < sections; i++) body += `<li><a href="#s${i}">Section ${i + 1}</a></li>`;
  body += '</ol></nav>';
  for (let i = 0; i < sections; i++) {
    body += `<section id="s${i}"><h2>Part ${i + 1}</h2>`;
    for (let p = 0; p < 4; p++)
      body += `<p>${linked(sentence())} ${sentence()} <sup><a href="#n">[${p + 1}]</a></sup></p>`;
    body += `<ul>${Array.from({ length: 4 }, () => `<li>${linked(sentence())}</li>`).join('')}</ul></section>`;
  }
  return page('Lighthouses', body);
}
