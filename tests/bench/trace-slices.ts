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

/**
 * One line per slice of `termlight:scan` of at least `minMs`: its length, the time in GC events
 * on its thread (outermost only), then each event of ≥ 1 ms inside it, indented by nesting.
 */
export function summarizeTrace(events: readonly TraceEvent[], minMs: number): string[] {
  const begins = new Map<string, TraceEvent>();
  const slices: { start: number; end: number; pid: number; tid: number }[] = [];
  for (const event of events) {
    if (event.name !== 'termlight:scan') continue;
    const key = `${event.pid}:${event.id ?? event.id2?.local ?? event.id2?.global}`;
    if (event.ph === 'b') begins.set(key, event);
    else if (event.ph === 'e') {
      const begin = begins.get(key);
      if (!begin) continue;
      begins.delete(key);
      slices.push({ start: begin.ts, end: event.ts, pid: event.pid, tid: begin.tid });
    }
  }
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
  const begins = new Map<string, number>();
  const slices: { start: number; end: number; pid: number }[] = [];
  for (const event of events) {
    if (event.name !== 'termlight:scan') continue;
    const key = `${event.pid}:${event.id ?? event.id2?.local ?? event.id2?.global}`;
    if (event.ph === 'b') begins.set(key, event.ts);
    else if (event.ph === 'e' && begins.has(key))
      slices.push({ start: begins.get(key)!, end: event.ts, pid: event.pid });
  }
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

/** A CDP `Profiler.Profile`, as far as it is read here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * For each slice of at least `minMs` in the trace, where its CPU samples were: self time by
 * function, with the two callers above it (a profile's times share the trace's clock, µs).
 */
export function profileOfSlices(events: readonly TraceEvent[], profile: CpuProfile, minMs: number): string[] {
  const begins = new Map<string, number>();
  const slices: { start: number; end: number }[] = [];
  for (const event of events) {
    if (event.name !== 'termlight:scan') continue;
    const key = `${event.pid}:${event.id ?? event.id2?.local ?? event.id2?.global}`;
    if (event.ph === 'b') begins.set(key, event.ts);
    else if (event.ph === 'e' && begins.has(key) && event.ts - begins.get(key)! >= minMs * 1000)
      slices.push({ start: begins.get(key)!, end: event.ts });
  }
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const nameOf = (id: number) => {
    const frame = byId.get(id)!.callFrame;
    return `${frame.functionName || '(anonymous)'}${frame.url ? `:${frame.lineNumber}` : ''}`;
  };
  const stackOf = (id: number) => {
    const names = [nameOf(id)];
    for (let up = parent.get(id); up !== undefined && names.length < 3; up = parent.get(up)) names.push(nameOf(up));
    return names.join(' < ');
  };
  const lines: string[] = [];
  let time = profile.startTime;
  const times = profile.timeDeltas.map((delta) => (time += delta));
  for (const slice of slices) {
    const self = new Map<string, number>();
    let total = 0;
    for (const [i, sample] of profile.samples.entries()) {
      const at = times[i]!;
      if (at < slice.start || at >= slice.end) continue;
      const gap = (times[i + 1] ?? at) - at;
      const key = stackOf(sample);
      self.set(key, (self.get(key) ?? 0) + gap);
      total += gap;
    }
    lines.push(`slice ${((slice.end - slice.start) / 1000).toFixed(1)} ms, ${(total / 1000).toFixed(1)} ms sampled:`);
    for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 6))
      lines.push(`    ${(us / 1000).toFixed(1)} ms ${key}`);
  }
  return lines;
}

/**
 * The CPU time of each slice: the thread time of the innermost event of its thread that holds the
 * whole slice (a task, a frame callback, a microtask checkpoint). On a shared machine a slice can
 * take 40 ms of wall time and 2 ms of CPU, waiting for a core: the CPU time is what the code costs.
 */
export function sliceCpuTimes(events: readonly TraceEvent[], minMs: number): { wall: number; cpu: number }[] {
  const begins = new Map<string, TraceEvent>();
  const complete = events.filter(
    (event) => event.ph === 'X' && event.dur !== undefined && event.dur >= minMs * 1000 && event.tdur !== undefined,
  );
  const times: { wall: number; cpu: number }[] = [];
  for (const event of events) {
    if (event.name !== 'termlight:scan') continue;
    const key = `${event.pid}:${event.id ?? event.id2?.local ?? event.id2?.global}`;
    if (event.ph === 'b') begins.set(key, event);
    else if (event.ph === 'e' && begins.has(key) && event.ts - begins.get(key)!.ts >= minMs * 1000) {
      const start = begins.get(key)!.ts;
      let holder: TraceEvent | undefined;
      for (const each of complete)
        if (
          each.pid === event.pid &&
          each.ts <= start + 100 &&
          each.ts + each.dur! >= event.ts - 100 &&
          (!holder || each.dur! < holder.dur!)
        )
          holder = each;
      const wall = (event.ts - start) / 1000;
      times.push({
        wall,
        cpu: holder ? Math.min(wall, (holder.tdur! * (event.ts - start)) / holder.dur! / 1000) : NaN,
      });
    }
  }
  return times;
}
