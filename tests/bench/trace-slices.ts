// What ran on a page's main thread during Termlight's long slices, read from a Chromium trace
// (CDP `Tracing`): used by spa-navigations.ts.

/** Chromium trace categories: the main thread's tasks, V8's execution and GC, User Timing. */
export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'blink.user_timing',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.gc',
  'cppgc',
  'disabled-by-default-cppgc',
  'blink_gc',
  'disabled-by-default-blink_gc',
  'disabled-by-default-devtools.timeline',
];

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  /** Thread (CPU) time of a complete event, µs: below `dur` when the thread was not running. */
  tdur?: number;
  id?: string;
  id2?: { local?: string; global?: string };
  args?: Record<string, unknown>;
}

const isGc = (name: string) => /GC|Scavenge|MarkCompact|Sweep|Marking|Finaliz/i.test(name);

/** A `termlight:scan` measure as the trace has it, µs on the trace's clock. */
export interface TraceSlice {
  start: number;
  end: number;
  pid: number;
  tid: number;
}

/** The `termlight:scan` (or `measure`) measures of a trace (User Timing begin and end events), of at least `minMs`. */
export function slicesOf(events: readonly TraceEvent[], minMs = 0, measure = 'termlight:scan'): TraceSlice[] {
  const begins = new Map<string, TraceEvent>();
  const slices: TraceSlice[] = [];
  for (const event of events) {
    if (event.name !== measure) continue;
    const key = `${event.pid}:${event.id ?? event.id2?.local ?? event.id2?.global}`;
    const begin = begins.get(key);
    if (event.ph === 'b') begins.set(key, event);
    else if (event.ph === 'e' && begin) {
      begins.delete(key);
      if (event.ts - begin.ts >= minMs * 1000)
        slices.push({ start: begin.ts, end: event.ts, pid: event.pid, tid: begin.tid });
    }
  }
  return slices;
}

/**
 * One line per slice of `termlight:scan` of at least `minMs`: its length, the time in GC events
 * on its thread (outermost only), then each event of ≥ 1 ms inside it, indented by nesting.
 */
export function summarizeTrace(events: readonly TraceEvent[], minMs: number): string[] {
  const slices = slicesOf(events);
  const complete = events.filter((event) => event.ph === 'X' && event.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const lines: string[] = [`${slices.length} slices in the trace`];
  const origin = Math.min(...slices.map((slice) => slice.start));
  for (const slice of slices.filter((each) => each.end - each.start >= minMs * 1000)) {
    // The slice's thread: the main thread of its renderer, the one holding the longest task there.
    const inside = complete.filter(
      (event) => event.pid === slice.pid && event.ts < slice.end && event.ts + event.dur! > slice.start,
    );
    const threads = new Map<number, number>();
    for (const event of inside) threads.set(event.tid, (threads.get(event.tid) ?? 0) + event.dur!);
    const main = [...threads].sort((a, b) => b[1] - a[1])[0]?.[0];
    const stack: TraceEvent[] = [];
    let gc = 0;
    const details: string[] = [];
    for (const event of inside.filter((each) => each.tid === main)) {
      while (stack.length > 0 && stack.at(-1)!.ts + stack.at(-1)!.dur! <= event.ts) stack.pop();
      const clipped = Math.min(event.ts + event.dur!, slice.end) - Math.max(event.ts, slice.start);
      if (isGc(event.name) && !stack.some((outer) => isGc(outer.name))) gc += clipped;
      if (clipped >= 500)
        details.push(
          `${'  '.repeat(stack.length)}${event.name} ${(event.dur! / 1000).toFixed(1)} ms (CPU ${((event.tdur ?? 0) / 1000).toFixed(1)}) at +${((event.ts - slice.start) / 1000).toFixed(1)}`,
        );
      stack.push(event);
    }
    lines.push(
      `slice ${((slice.end - slice.start) / 1000).toFixed(1)} ms at ${((slice.start - origin) / 1e6).toFixed(2)} s: GC ${(gc / 1000).toFixed(1)} ms in it`,
      ...details.map((line) => `    ${line}`),
    );
  }
  return lines;
}

/**
 * Every collection on the slices' threads: minor (scavenge) and major, inside one of Termlight's
 * slices or in another task, with the heap before and after, then the totals of each.
 */
export function collections(events: readonly TraceEvent[]): string[] {
  const slices = slicesOf(events);
  // The page's renderer: the slices' process, or (no extension) the one whose main thread collected most.
  const pids = new Set(slices.map((slice) => slice.pid));
  if (pids.size === 0) {
    const byPid = new Map<number, number>();
    for (const event of events)
      if (event.ph === 'X' && ['MinorGC', 'MajorGC'].includes(event.name))
        byPid.set(event.pid, (byPid.get(event.pid) ?? 0) + event.dur!);
    const busiest = [...byPid].sort((a, b) => b[1] - a[1])[0];
    if (busiest) pids.add(busiest[0]);
  }
  const totals = new Map<string, { count: number; wall: number; cpu: number }>();
  const lines: string[] = [];
  const origin = Math.min(
    ...slices.map((slice) => slice.start),
    ...events.filter((event) => event.ts > 0).map((event) => event.ts),
  );
  for (const event of events) {
    if (event.ph !== 'X' || !pids.has(event.pid) || !['MinorGC', 'MajorGC'].includes(event.name)) continue;
    const isInSlice = slices.some(
      (slice) => slice.pid === event.pid && event.ts >= slice.start && event.ts < slice.end,
    );
    const key = `${event.name} ${isInSlice ? 'in a slice' : 'elsewhere'}`;
    const total = totals.get(key) ?? { count: 0, wall: 0, cpu: 0 };
    total.count++;
    total.wall += event.dur! / 1000;
    total.cpu += (event.tdur ?? 0) / 1000;
    totals.set(key, total);
    const mb = (name: string) => (Number(event.args?.[name] ?? 0) / 1e6).toFixed(1);
    lines.push(
      `${key} at ${((event.ts - origin) / 1e6).toFixed(2)} s: ${(event.dur! / 1000).toFixed(1)} ms (CPU ${((event.tdur ?? 0) / 1000).toFixed(1)}), heap ${mb('usedHeapSizeBefore')} → ${mb('usedHeapSizeAfter')} MB`,
    );
  }
  for (const [key, total] of totals)
    lines.push(`total ${key}: ${total.count}, ${total.wall.toFixed(0)} ms (CPU ${total.cpu.toFixed(0)})`);
  return lines;
}

/**
 * The CPU time of each slice: the thread time of the innermost event of its thread that holds the
 * whole slice (a task, a frame callback, a microtask checkpoint). On a shared machine a slice can
 * take 40 ms of wall time and 2 ms of CPU, waiting for a core: the CPU time is what the code costs.
 */
export function sliceCpuTimes(events: readonly TraceEvent[], minMs: number): { wall: number; cpu: number }[] {
  const complete = events.filter(
    (event) => event.ph === 'X' && event.dur !== undefined && event.dur >= minMs * 1000 && event.tdur !== undefined,
  );
  return slicesOf(events, minMs).map((slice) => {
    let holder: TraceEvent | undefined;
    for (const each of complete)
      if (
        each.pid === slice.pid &&
        each.ts <= slice.start + 100 &&
        each.ts + each.dur! >= slice.end - 100 &&
        (!holder || each.dur! < holder.dur!)
      )
        holder = each;
    const wall = (slice.end - slice.start) / 1000;
    return { wall, cpu: holder ? Math.min(wall, (holder.tdur! * wall) / holder.dur!) : NaN };
  });
}
