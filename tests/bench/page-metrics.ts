// Functions evaluated inside benchmark pages (serialized by Playwright: self-contained).

export interface ScanMetrics {
  /** Sum of the measured work, ms. */
  total: number;
  /** Longest single slice (Termlight) or the whole one-task run (references), ms. */
  longest: number;
  slices: number;
  hits: number;
  /** Termlight: terms given a range and painted (those near the viewport). */
  painted: number;
  nodesAdded: number;
  /** Longest task (Long Tasks API) that ran the measured work, ms; 0 if none reached 50 ms. */
  longestTask: number;
  /** Termlight: which slices that task held (pass, duration, start), to tell where to look. */
  longestTaskHeld?: string;
  /**
   * Termlight: ms from navigation start (the page's time origin) to its first marks in view; -1 if
   * none. Comparable between builds that start the content script at different moments, which the
   * time from `termlight:start` is not.
   */
  firstPaint: number;
  /** Termlight: ms from the content script's start (`termlight:start`) to its first marks in view; -1 if none. */
  firstPaintAfterStart: number;
  /** Termlight: ms from navigation start to the content script's start. */
  start: number;
  /** ms from navigation start to the end of the page's DOMContentLoaded handlers (Navigation Timing). */
  domContentLoaded: number;
  /** ms from navigation start to the end of the page's load handlers; 0 if it has not come yet. */
  load: number;
}

/** Installed before any page script: records long tasks for the whole load. */
export function recordLongTasks(): void {
  const tasks: { start: number; end: number }[] = [];
  (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      tasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

export function isTermlightIdle(): boolean {
  return performance.getEntriesByName('termlight:idle').length > 0;
}

export function idleCount(): number {
  return performance.getEntriesByName('termlight:idle').length;
}

export function isReferenceDone(): boolean {
  return performance.getEntriesByName('reference:scan').length > 0;
}

/** Termlight's slices of passes `[fromPass, toPass]`, summed. */
export function termlightMetrics([fromPass, toPass]: [number, number]): ScanMetrics {
  type Detail = { pass: number; blocks: number; matches: number; painted: number };
  const slices = (performance.getEntriesByName('termlight:scan') as PerformanceMeasure[]).filter((entry) => {
    const pass = (entry.detail as Detail).pass;
    return pass >= fromPass && pass <= toPass;
  });
  // Firefox has no Long Tasks API (and the Firefox loads install no recorder): no tasks then.
  const tasks = (window as unknown as { __longTasks?: { start: number; end: number }[] }).__longTasks ?? [];
  // Tasks do not overlap on the main thread: a long task holds a slice or is apart from it. But
  // long-task durations are whole milliseconds (Chromium 156), so a task that ends just as a slice
  // begins can seem to overlap it. A slice counts when it lies within the task, give or take that
  // millisecond. (Inlined: Playwright serializes this function alone into the page.)
  const isWithin = (work: PerformanceEntry, task: { start: number; end: number }) =>
    work.startTime >= task.start - 1 && work.startTime + work.duration <= task.end + 1;
  const overlapping = tasks.filter((task) => slices.some((s) => isWithin(s, task)));
  const longest = overlapping.reduce<(typeof tasks)[number] | undefined>(
    (worst, task) => (!worst || task.end - task.start > worst.end - worst.start ? task : worst),
    undefined,
  );
  const held = longest
    ? slices
        .filter((s) => isWithin(s, longest))
        .map((s) => {
          const detail = s.detail as Detail;
          return `pass ${detail.pass}, ${detail.blocks} blocks, ${s.duration.toFixed(1)} ms at ${s.startTime.toFixed(0)} ms`;
        })
        .join('; ')
    : undefined;
  const [started] = performance.getEntriesByName('termlight:start');
  const [painted] = performance.getEntriesByName('termlight:first-paint');
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return {
    firstPaint: painted ? painted.startTime : -1,
    firstPaintAfterStart: started && painted ? painted.startTime - started.startTime : -1,
    start: started?.startTime ?? -1,
    domContentLoaded: navigation?.domContentLoadedEventEnd ?? -1,
    load: navigation?.loadEventEnd ?? -1,
    total: slices.reduce((sum, entry) => sum + entry.duration, 0),
    longest: Math.max(0, ...slices.map((entry) => entry.duration)),
    slices: slices.length,
    hits: slices.reduce((sum, entry) => sum + (entry.detail as Detail).matches, 0),
    painted: slices.reduce((sum, entry) => sum + (entry.detail as Detail).painted, 0),
    nodesAdded: 0,
    longestTask: Math.max(0, ...overlapping.map((task) => task.end - task.start)),
    longestTaskHeld: held,
  };
}

export function referenceMetrics(): ScanMetrics {
  const [entry] = performance.getEntriesByName('reference:scan') as PerformanceMeasure[];
  const detail = entry!.detail as { hits: number; nodesAdded?: number };
  const tasks = (window as unknown as { __longTasks: { start: number; end: number }[] }).__longTasks;
  // Within the task, give or take a millisecond (see termlightMetrics).
  const overlapping = tasks.filter(
    (task) => entry!.startTime >= task.start - 1 && entry!.startTime + entry!.duration <= task.end + 1,
  );
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return {
    firstPaint: -1,
    firstPaintAfterStart: -1,
    start: -1,
    domContentLoaded: navigation?.domContentLoadedEventEnd ?? -1,
    load: navigation?.loadEventEnd ?? -1,
    total: entry!.duration,
    longest: entry!.duration,
    slices: 1,
    hits: detail.hits,
    painted: detail.hits,
    nodesAdded: detail.nodesAdded ?? 0,
    longestTask: Math.max(0, ...overlapping.map((task) => task.end - task.start)),
  };
}

export function domNodeCount(): number {
  let count = 0;
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  while (walker.nextNode()) count++;
  return count;
}

/**
 * Runs in the page: for `seconds`, appends a forum post every 100 ms and rewrites a clock's text
 * 20 times a second, the way live threads and tickers do. Resolves when done.
 */
export function runLiveUpdates([seconds, posts]: [number, string[]]): Promise<void> {
  const clock = document.createElement('p');
  clock.textContent = 'Updated just now';
  document.body.prepend(clock);
  let tick = 0;
  const ticker = setInterval(() => {
    clock.textContent = `Updated ${++tick} times; calf stretch timer ${tick % 60} s`;
  }, 50);
  let next = 0;
  const feed = setInterval(() => {
    const post = document.createElement('article');
    const paragraph = document.createElement('p');
    paragraph.textContent = posts[next++ % posts.length]!;
    post.append(paragraph);
    document.body.append(post);
  }, 100);
  return new Promise((resolve) =>
    setTimeout(() => {
      clearInterval(ticker);
      clearInterval(feed);
      resolve();
    }, seconds * 1000),
  );
}

/** Termlight's work after the first pass, as a share of `[from, to]` (ms on the page's clock). */
export function termlightShare([from, to]: [number, number]): { busy: number; share: number; passes: number } {
  type Detail = { pass: number };
  const slices = (performance.getEntriesByName('termlight:scan') as PerformanceMeasure[]).filter(
    (entry) => (entry.detail as Detail).pass > 0 && entry.startTime >= from && entry.startTime <= to,
  );
  const busy = slices.reduce((sum, entry) => sum + entry.duration, 0);
  return {
    busy,
    share: busy / (to - from),
    passes: new Set(slices.map((entry) => (entry.detail as Detail).pass)).size,
  };
}
