import { createAddedRuns } from './added-runs.ts';
import { batchWalks } from './batch-walks.ts';
import { createBlockMarker } from './block-marker.ts';
import { createRootScan, type RootScan } from './root-scan.ts';
import { createRootWatch, isHugeMutation } from './root-watch.ts';
import { createSliceRunner } from './slice-runner.ts';
import { SLICE_MS, yieldToMain } from './slices.ts';
import type { ScanDetail, TermEngineOptions } from './term-engine-options.ts';
import { createTermIndex, type TermIndex } from './term-index.ts';
import { createTermPainter } from './term-painter.ts';
import { createTermUnmarker } from './term-unmarker.ts';
import { textTestsOf } from './text-tests.ts';
import { walkLater } from './walk-later.ts';

export type { ScanDetail, TermEngineOptions } from './term-engine-options.ts';

/** Characters of text between two reads of the clock (a block counts `BLOCK_WORK` more): ~0.2 ms. */
const CLOCK_EVERY = 2000;
const BLOCK_WORK = 100;

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
  const index = createTermIndex();
  const added = createAddedRuns();
  const queue: Job[] = [];
  const waiting: (() => void)[] = [];
  let pass = 0;
  /** A walk of part of a root: a batch's runs, or a block that waited for the page's health signal. */
  const queueWalk = (walker: Job['walker'], at: Node) => queue.push({ walker, pass, root: at, isWhole: false });

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
  const unmark = createTermUnmarker(view.document, index, painter);
  const marker = createBlockMarker({
    matcher,
    policy,
    index,
    painter,
    added,
    pageRoot: root,
    onWaiting: (block) => queueWalk(walkLater(block.at, block.root, unmark.run, onShadowRoot), block.root),
  });

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
    marker.forget();
    // A shadow root whose host left the page: its text went with it.
    for (const gone of watch.dropDetached()) unmark.subtree(gone);
    if (isHugeMutation(records)) {
      marker.startOver();
      index.clear();
      painter.clear();
      queue.length = 0;
      for (const each of watch.roots()) scanWhole(each);
    } else {
      const walks = batchWalks(records, watch.roots(), { unmark, added, isBehind: queue.length > 0, onShadowRoot });
      for (const walk of walks) queueWalk(walk.walker, walk.root);
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
      marker.mark(step, job.root, job.isWhole && job.walker.isInOrder !== false, detail);
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
