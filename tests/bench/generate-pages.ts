// Benchmark pages, generated the same way every run: forum threads built from the source article's
// sentences with forum markup (quotes, bold, links, signatures), and a long article about something
// else entirely, where a glossary should find next to nothing.
import { readFileSync } from 'node:fs';

/** Small seeded PRNG (mulberry32): the same pages on every machine (long-block-text.ts uses it too). */
export function random(seed: number): () => number {
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

const DOCS = [
  'Run the command from the root of the repository; it reads its options from the config file first.',
  'The server listens on the port given in the environment and logs each request on one line.',
  'Every field of the response is optional, so clients must check for a value before they use it.',
  'Use the lower-level client when you need to stream the body instead of reading it at once.',
  'A range request returns only the bytes asked for, which keeps large downloads resumable.',
  'Push the branch, open a pull request, and the pipeline builds and tests it on every commit.',
  'The extra flags are passed to the compiler unchanged; see its manual for what each one does.',
  'Limited accounts can read every project but cannot change settings or invite members.',
  'On the client side, errors carry a code and a message; retry only those marked as transient.',
  'The service stores its state in one table and migrates it from the previous release on start.',
];
const CODE = [
  'const client = createClient({ baseUrl, timeout: 5000 });',
  'for (const item of await client.list("projects")) console.log(item.id, item.name);',
  'git push origin feature/range-requests',
  'export function parse(input: string): Options { return schema.parse(JSON.parse(input)); }',
];

/**
 * A documentation page: a long navigation, prose, code blocks and tables about software, with the
 * everyday words a glossary's forms start with ("lower", "range", "push", "side"), and no term.
 */
export function docsPage(sections: number): string {
  const rand = random(sections * 31);
  const sentence = () => DOCS[Math.floor(rand() * DOCS.length)]!;
  let body = '<header><a href="/">Acme SDK</a> <input placeholder="Search the docs"></header><nav><ul>';
  for (let i = 0; i < sections * 3; i++) body += `<li><a href="#s${i % sections}">Reference ${i + 1}</a></li>`;
  body += '</ul></nav><main><h1>Client reference</h1>';
  for (let i = 0; i < sections; i++) {
    body += `<section id="s${i}"><h2>client.method${i}()</h2>`;
    body += `<p>${sentence()} ${sentence().replace(/(\w{7,})/, '<code>$1</code>')}</p>`;
    body += `<pre><code>${CODE.map(escapeHtml).join('\n')}</code></pre>`;
    body += '<table><thead><tr><th>Option</th><th>Type</th><th>Default</th><th>Description</th></tr></thead><tbody>';
    for (let r = 0; r < 4; r++)
      body += `<tr><td><code>opt${r}</code></td><td>string</td><td>none</td><td>${sentence()}</td></tr>`;
    body += `</tbody></table><p>${sentence()}</p></section>`;
  }
  body += '</main><footer><p>Copyright Acme. Docs built from the main branch.</p></footer>';
  return page('Acme SDK docs', body);
}
