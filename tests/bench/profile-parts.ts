// Which part of Termlight's work a CPU sample ran in, from the modules of the frames on its stack:
// used by profile-forum.ts. Needs a bundle built with TERMLIGHT_NO_MINIFY=1, which keeps the
// `// src/…` comment before each module's code and the functions' names.

/** A frame as profile-forum.ts reads it: the function, and the module it is in ('' outside the bundle). */
export interface Frame {
  name: string;
  module: string;
}

/** For each line of the unminified bundle, the module it belongs to (`src/…`, `node_modules/…`). */
export function modulesByLine(bundle: string): string[] {
  const modules: string[] = [];
  let current = '';
  for (const line of bundle.split('\n')) {
    const heading = /^\s*\/\/ ((?:src|entrypoints|node_modules)\/\S+\.[jt]s)$/.exec(line);
    if (heading) current = heading[1]!;
    modules.push(current);
  }
  return modules;
}

const MATCHER_SENSE =
  /src\/matcher\/(apply-sense|sentence-anchors|sentences|anchor-[a-z-]+|clauses|block-anchor|paired-company)\.ts/;
const PAINTING = /src\/page\/(term-painter|mark-block|first-view|viewport-painter|block-order|highlight-registry)\.ts/;
const WALK = /src\/page\/(block-walker|inline-tags|root-scan|walk-progress)\.ts/;

/**
 * The part of a slice's work a sample ran in, stack given root first. The first rule that holds
 * names it, so the sieve's density test (which calls the matcher) counts as the sieve's, and the
 * lead's tests as the lead's.
 */
export function partOf(stack: readonly Frame[]): string {
  const leaf = stack[stack.length - 1];
  const has = (test: (frame: Frame) => boolean) => stack.some(test);
  const inModule = (pattern: RegExp) => has((frame) => pattern.test(frame.module));
  if (leaf?.name === '(garbage collector)') return 'garbage collection';
  if (has((frame) => frame.name === 'prepare')) return 'setup: restoring the matcher';
  if (inModule(/src\/page\/lead-scope\.ts/) || has((frame) => frame.name === 'lookAtLead'))
    return 'lead: finding and testing the first posts';
  if (inModule(/src\/page\/(subtree-sieve|text-tests)\.ts/)) return 'sieve: whole-subtree reads and density test';
  if (inModule(MATCHER_SENSE)) return 'matching: sense rules';
  if (has((frame) => frame.name === 'findRaw'))
    return leaf?.module === '' && leaf.name.startsWith('RegExp')
      ? 'matching: candidate expression'
      : 'matching: forms (tries, negative contexts)';
  if (inModule(/src\/matcher\//)) return 'matching: other';
  if (inModule(/src\/page\/shadow-hosts\.ts/)) return 'walk: open shadow root search';
  if (inModule(/src\/page\/skipped-regions\.ts/)) return 'walk: skipped regions and line breaks (queries)';
  if (inModule(/src\/page\/(viewport-anchors|caret-at)\.ts/)) return 'painting: viewport hit tests';
  if (inModule(PAINTING)) return 'painting: ranges and highlights';
  if (inModule(/src\/page\/term-index\.ts/)) return 'index and counts';
  if (inModule(WALK)) return 'walk: text nodes and blocks (DOM reads)';
  if (has((frame) => frame.name === 'runSlice') || inModule(/src\/page\/slice-runner\.ts/))
    return 'slices: engine bookkeeping';
  if (inModule(/^(src|entrypoints|node_modules)\//)) return 'setup: settings, styles, engine';
  return leaf ? `other: ${leaf.name}` : 'other';
}
