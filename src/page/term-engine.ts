import type { Match, Matcher } from '../matcher/matcher.ts';
import { createAddedRuns } from './added-runs.ts';
import { createBlockWalker } from './block-walker.ts';
import { createEarlierContext } from './earlier-blocks.ts';
import { createHeadingContext } from './post-heading.ts';
import { createSectionContext } from './section-context.ts';
import type { HighlightRegistry, MarkStyle } from './highlight-registry.ts';
import { applyOccurrencePolicy, type OccurrencePolicy } from '../matcher/occurrence-policy.ts';
import { LazyBlock } from './lazy-block.ts';
import { createPageHealth } from './page-health.ts';
import { planRescan, type SiblingRun } from './plan-rescan.ts';
import { createRootScan, type RootScan } from './root-scan.ts';
import { createRootWatch, isHugeMutation } from './root-watch.ts';
import { createSliceRunner } from './slice-runner.ts';
import { SLICE_MS, yieldToMain } from './slices.ts';
import { createTermIndex, type MarkedBlock, type TermIndex } from './term-index.ts';
import { createTermPainter } from './term-painter.ts';
import { textTestsOf } from './text-tests.ts';
import type { ViewportLook } from './viewport-anchors.ts';
import { walkLater } from './walk-later.ts';

/** Characters of text between two reads of the clock (a block counts `BLOCK_WORK` more): ~0.2 ms. */
const CLOCK_EVERY = 2000;
const BLOCK_WORK = 100;

export interface ScanDetail {
  /** Which pass: 0 is the first walk of the page, then one per batch of changes. */
  pass: number;
  blocks: number;
  matches: number;
  /** Terms given a range and painted in this slice. */
  painted: number;
}

export interface TermEngineOptions {
  matcher: Matcher;
  registry: HighlightRegistry;
  styleOf: (term: Match) => MarkStyle;
  /** @default 'all' */
  policy?: OccurrencePolicy;
  /** Keep marks up to date as the page changes. @default true */
  observe?: boolean;
  /**
   * Where the reader is looking. With it, ranges are made and painted only for marked blocks of the
   * page around the viewport, and more as the reader scrolls (viewport-painter.ts). Without it,
   * every term is painted at once.
   */
  viewport?: () => ViewportLook;
  /** Called for every open shadow root found, before its text is marked (to adopt the styles). */
  onShadowRoot?: (shadowRoot: ShadowRoot) => void;
  /** Called after each slice of work; the content script records it as a User Timing measure. */
  onSlice?: (start: number, end: number, detail: ScanDetail) => void;
  /**
   * When the first pass began, if the caller did work of its own for it first (adopting the
   * highlight styles): the first slice is reported from there, so the setup counts as the pass's.
   * @default the time of this call
   */
  startedAt?: number;
  /** Called whenever the queue of work drains, with the number of the last pass. */
  onIdle?: (pass: number) => void;
  /**
   * Called once, when the first marks are painted: around the viewport when `viewport` is given,
   * else the first at all. A page without terms never calls it.
   */
  onFirstPaint?: () => void;
  /** @default SLICE_MS */
  sliceMs?: number;
  /** @default yieldToMain */
  yieldToMain?: () => Promise<void>;
  /**
   * Makes the range of a marked term. A `StaticRange` costs nothing while the page changes (a live
   * `Range` is updated on every mutation); happy-dom has none, so tests pass their own.
   * @default (init) => new StaticRange(init)
   */
  createRange?: (init: StaticRangeInit) => AbstractRange;
  /** Runs the mutation batch; once per frame in the browser. @default requestAnimationFrame */
  scheduleBatch?: (run: () => void) => void;
  /** A root of more elements is read element by element (huge-descent.ts). @default HUGE_ELEMENTS */
  hugeElements?: number;
}

export interface TermEngine {
  readonly index: TermIndex;
  /** Resolves when every pending walk has finished (tests and benchmarks wait on it). */
  idle(): Promise<void>;
  /** Removes every mark and observer. */
  destroy(): void;
}

interface Job {
  /** A root scan says whether its blocks come in document order (root-scan.ts); a walker's do. */
  walker: Pick<RootScan, 'next'> & { readonly isInOrder?: boolean };
  pass: number;
  root: Node;
  /** A walk of a whole root: its blocks come in document order, after every block known. */
  isWhole: boolean;
}

/** Marks every glossary term under `root` (a document body or shadow root) and keeps the marks current. */
export function startTermEngine(root: Node & ParentNode, options: TermEngineOptions): TermEngine {
  // The engine's own setup (observer, walker, painter) is the first slice's work too.
  const firstSliceStart = options.startedAt ?? performance.now();
  const { matcher, registry, styleOf, policy = 'all', observe = true } = options;
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const view = (root.ownerDocument ?? (root as unknown as Document)).defaultView!;
  const createRange = options.createRange ?? ((init: StaticRangeInit) => new view.StaticRange(init));
  const tests = textTestsOf(matcher);
  const sections = createSectionContext(matcher);
  const earlier = createEarlierContext();
  const headings = createHeadingContext();
  const index = createTermIndex();
  const health = createPageHealth(matcher);
  const added = createAddedRuns();
  const queue: Job[] = [];
  const waiting: (() => void)[] = [];
  let pass = 0;

  const painter = createTermPainter({
    view,
    registry,
    styleOf,
    createRange,
    viewport: options.viewport,
    isBusy: () => queue.length > 0 || runner.isRunning,
    onScrollPaint: (start, end, painted) => options.onSlice?.(start, end, { pass, blocks: 0, matches: 0, painted }),
    onFirstPaint: options.onFirstPaint,
  });

  const unmarkBlockOf = (node: Node) => {
    const block = index.removeBlockOf(node);
    if (block) painter.remove(block);
  };
  const unmarkRun = (run: SiblingRun) => {
    for (let node: Node | null = run.first; node; node = node === run.last ? null : node.nextSibling)
      unmarkSubtree(node);
  };
  const unmarkSubtree = (node: Node) => {
    if (index.size === 0) return;
    // Elements too where lazy blocks are (lazy-block.ts): they are found by the elements that hold
    // them, even when their text nodes are gone.
    const hasLazy = index.hasLazyBlocks;
    if (hasLazy || node.nodeType === 3) unmarkBlockOf(node);
    if (node.nodeType === 3) return;
    const walker = view.document.createTreeWalker(node, hasLazy ? 5 /* SHOW_ELEMENT | SHOW_TEXT */ : 4 /* SHOW_TEXT */);
    for (let each = walker.nextNode(); each; each = walker.nextNode()) unmarkBlockOf(each);
  };

  const scanWhole = (each: Node) =>
    queue.push({
      walker: createRootScan(each as Node & ParentNode, tests, onShadowRoot, options.hugeElements),
      pass,
      root: each,
      isWhole: true,
    });
  const onShadowRoot = (shadowRoot: ShadowRoot) => {
    if (watch.has(shadowRoot)) return;
    options.onShadowRoot?.(shadowRoot);
    watch.add(shadowRoot);
    scanWhole(shadowRoot);
  };
  const onBatch = (records: MutationRecord[]) => {
    const start = performance.now();
    pass++;
    sections.forget();
    earlier.forget();
    headings.forget();
    // A shadow root whose host left the page: its text went with it.
    for (const gone of watch.dropDetached()) unmarkSubtree(gone);
    if (isHugeMutation(records)) {
      index.clear();
      painter.clear();
      queue.length = 0;
      for (const each of watch.roots()) scanWhole(each);
    } else {
      const isBehind = queue.length > 0;
      for (const each of watch.roots()) {
        const mine = records.filter((record) => each.contains(record.target) || record.target === each);
        if (mine.length === 0) continue;
        const plan = planRescan(mine, each);
        for (const node of plan.removed) unmarkSubtree(node);
        for (const run of plan.targets) {
          if (added.mayHoldMarks(run)) unmarkRun(run);
          // Behind another walk (a change while the first walk goes on), the run may be reached
          // and marked by that walk before its own turn: it is unmarked again then.
          const walker = isBehind
            ? walkLater(run, each, unmarkRun, onShadowRoot)
            : createBlockWalker(run, onShadowRoot);
          queue.push({ walker, pass, root: each, isWhole: false });
        }
      }
    }
    // The batch's own work (unmarking what left) is the extension's time too.
    options.onSlice?.(start, performance.now(), { pass, blocks: 0, matches: 0, painted: 0 });
    pump();
  };
  const watch = createRootWatch({
    view,
    observe,
    scheduleBatch: added.schedule(options.scheduleBatch ?? ((run) => requestAnimationFrame(run))),
    onBatch,
  });

  let isMatcherReady = false;
  const runSlice = (start: number, deadline: number) => {
    if (!isMatcherReady) {
      // A lazy matcher compiles when first needed (40–60 ms cold at page load): in slices of its own.
      isMatcherReady = matcher.prepare?.(deadline) ?? true;
      options.onSlice?.(start, performance.now(), { pass, blocks: 0, matches: 0, painted: 0 });
      return;
    }
    const detail: ScanDetail = { pass: queue[0]!.pass, blocks: 0, matches: 0, painted: 0 };
    // At least one block per slice, however small the budget, so the work always advances. The
    // clock is read after every step of other work and about every 2,000 characters of text: a
    // `performance.now()` costs about a microsecond in a content script's world, and reading
    // it after each block was ~10 % of a pass over a forum thread (Chromium 156).
    let work = 0;
    do {
      const job = queue[0]!;
      const step = job.walker.next();
      if (step.kind === 'worked' || step.kind === 'done') {
        if (step.kind === 'done') queue.shift();
        work = CLOCK_EVERY;
        continue;
      }
      work += step.text.length + BLOCK_WORK;
      detail.blocks++;
      const first = step.kind === 'block' ? step.nodes[0] : step.first;
      const found = matcher.match(
        step.text,
        sections.of(first, step.text, job.root),
        earlier.of(first, job.root),
        headings.of(first, job.root),
      );
      health.noteMatched(step.kind === 'block' ? step.nodes[0]! : step.scope, job.root);
      if (found.length === 0) continue;
      const kept = applyOccurrencePolicy(found, policy, index.counts);
      if (kept.length === 0) continue;
      const marked: MarkedBlock =
        step.kind === 'block'
          ? { nodes: [...step.nodes], starts: [...step.starts], terms: kept }
          : new LazyBlock(step, kept);
      index.add(marked);
      added.noteMarked();
      // The page's own marks show it is medical: its waiting blocks are matched again (page-health.ts).
      for (const block of health.noteMarked(kept) ?? [])
        queue.push({
          walker: walkLater(block.at, block.root, unmarkRun, onShadowRoot),
          pass,
          root: block.root,
          isWhole: false,
        });
      detail.matches += marked.terms.length;
      detail.painted += painter.add(marked, job.root === root, job.isWhole && job.walker.isInOrder !== false);
    } while (queue.length > 0 && (work < CLOCK_EVERY || ((work = 0), performance.now() < deadline)));
    detail.painted += painter.afterSlice(!queue.some((job) => job.root === root && job.pass === 0 && job.isWhole));
    options.onSlice?.(start, performance.now(), detail);
  };
  const runner = createSliceRunner({
    startedAt: firstSliceStart,
    sliceMs,
    yieldToMain: options.yieldToMain ?? yieldToMain,
    hasWork: () => queue.length > 0,
    runSlice,
    onDrained() {
      options.onIdle?.(pass);
      for (const resolve of waiting.splice(0)) resolve();
    },
  });
  const pump = () => runner.run();

  watch.add(root);
  scanWhole(root);
  pump();

  return {
    index,
    idle: () =>
      queue.length === 0 && !runner.isRunning && !watch.isBatchScheduled
        ? Promise.resolve()
        : new Promise((resolve) => waiting.push(resolve)),
    destroy() {
      runner.stop();
      watch.destroy();
      painter.destroy();
      queue.length = 0;
      index.clear();
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}
