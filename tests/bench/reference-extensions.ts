// The reference content scripts the benchmark compares Termlight with, each packaged as an
// unpacked MV3 extension in a temporary folder. Floor and mark.js use the same surface forms as
// Termlight; walk matches nothing.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INLINE_TAGS } from '../../src/page/inline-tags.ts';
import { SKIPPED_ATTRIBUTES, SKIPPED_TAGS_SELECTOR } from '../../src/page/skip-rules.ts';

/** One regular expression of every surface form, longest first, as highlighters usually build it. */
export function surfaceFormsRegExpSource(forms: readonly string[]): string {
  const escaped = [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `\\b(?:${escaped.join('|')})\\b`;
}

// Runs in the page: walk every text node and count matches; writes nothing. The cost of scanning alone.
const FLOOR = (source: string) => `(() => {
  const start = performance.now();
  const pattern = new RegExp(${JSON.stringify(source)}, 'gi');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let hits = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const found = node.data.match(pattern);
    if (found) hits += found.length;
  }
  performance.measure('reference:scan', { start, end: performance.now(), detail: { hits } });
})();`;

// Runs in the page: the floor's walk plus what every pass of Termlight must do before it can match,
// written as plainly as possible — text of inline elements joined per block with an offset map,
// text in skipped regions left out (the same rules and queries as Termlight), a line break ending a
// run, every element asked for an open shadow root. Matches nothing, marks nothing: how far the
// issue's rules alone put any implementation above the floor.
const WALK = () => `(() => {
  const start = performance.now();
  const body = document.body;
  const inline = new Set(${JSON.stringify([...INLINE_TAGS])});
  const skipped = new Set();
  for (const selector of ${JSON.stringify([SKIPPED_TAGS_SELECTOR, SKIPPED_ATTRIBUTES])})
    for (const region of body.querySelectorAll(selector)) {
      const inside = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
      for (let node = inside.nextNode(); node; node = inside.nextNode()) skipped.add(node.parentNode);
    }
  const afterBreak = new Set();
  const finder = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (const element of body.querySelectorAll('br,hr')) {
    finder.currentNode = element;
    const next = finder.nextNode();
    if (next) afterBreak.add(next);
  }
  let runs = 0, text = '', container = null, lastParent = null, lastContainer = null;
  const nodes = [], starts = [];
  const flush = () => {
    if (nodes.length > 0 && /\\S/.test(text)) runs++;
    text = '';
    nodes.length = starts.length = 0;
  };
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentNode;
    if (parent !== lastParent) {
      lastParent = parent;
      if (skipped.has(parent)) lastContainer = null;
      else {
        let up = parent;
        while (up !== body && inline.has(up.localName)) up = up.parentNode;
        lastContainer = up;
      }
    }
    if (lastContainer === null) {
      flush();
      container = null;
      continue;
    }
    if (lastContainer !== container || afterBreak.has(node)) flush();
    container = lastContainer;
    nodes.push(node);
    starts.push(text.length);
    text += node.data;
  }
  flush();
  let hosts = 0;
  const elements = document.createTreeWalker(body, NodeFilter.SHOW_ELEMENT);
  for (let element = elements.nextNode(); element; element = elements.nextNode()) if (element.shadowRoot) hosts++;
  performance.measure('reference:scan', { start, end: performance.now(), detail: { hits: runs, hosts } });
})();`;

// Runs in the page: mark.js 8.11 markRegExp, the usual way highlighters mark text (wrapping in <mark>).
const MARKJS = (source: string) => `(() => {
  const countNodes = () => { let n = 0; const w = document.createTreeWalker(document, NodeFilter.SHOW_ALL); while (w.nextNode()) n++; return n; };
  const nodesBefore = countNodes();
  const start = performance.now();
  new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(source)}, 'gi'), {
    done(hits) {
      const end = performance.now();
      performance.measure('reference:scan', { start, end, detail: { hits, nodesAdded: countNodes() - nodesBefore } });
    },
  });
})();`;

function writeExtension(name: string, scripts: Record<string, string>, files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), `termlight-bench-${name}-`));
  mkdirSync(dir, { recursive: true });
  for (const [file, code] of Object.entries(scripts)) writeFileSync(join(dir, file), code);
  for (const file of files) copyFileSync(file, join(dir, file.split('/').pop()!));
  const js = [...files.map((file) => file.split('/').pop()!), ...Object.keys(scripts)];
  // A service worker gives Playwright the extension's id, as with Termlight.
  writeFileSync(join(dir, 'background.js'), '');
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: `bench-${name}`,
      version: '1.0',
      background: { service_worker: 'background.js' },
      content_scripts: [{ matches: ['http://*/*'], js, run_at: 'document_idle' }],
    }),
  );
  return dir;
}

export function writeReferenceExtensions(forms: readonly string[]): { floor: string; walk: string; markjs: string } {
  const source = surfaceFormsRegExpSource(forms);
  const markjs = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');
  return {
    floor: writeExtension('floor', { 'floor.js': FLOOR(source) }, []),
    walk: writeExtension('walk', { 'walk.js': WALK() }, []),
    markjs: writeExtension('markjs', { 'run.js': MARKJS(source) }, [markjs]),
  };
}
