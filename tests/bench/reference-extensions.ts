// The two reference content scripts the benchmark compares Termlight with, each packaged as an
// unpacked MV3 extension in a temporary folder. Both use the same surface forms as Termlight.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

export function writeReferenceExtensions(forms: readonly string[]): { floor: string; markjs: string } {
  const source = surfaceFormsRegExpSource(forms);
  const markjs = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');
  return {
    floor: writeExtension('floor', { 'floor.js': FLOOR(source) }, []),
    markjs: writeExtension('markjs', { 'run.js': MARKJS(source) }, [markjs]),
  };
}
