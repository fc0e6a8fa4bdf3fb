// Where the CPU samples of Termlight's long slices were, from a CDP CPU profile taken with a trace:
// used by spa-navigations.ts. On a loaded machine the sampler waits for a core too, and a gap
// between samples is charged to the function sampled before it.
import { slicesOf, type TraceEvent } from './trace-slices.ts';

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
  const slices = slicesOf(events, minMs);
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
 * Each slice (any length) whose CPU samples fell in a function named `name` (self time): the time
 * sampled there, with the slice's index among `slicesOf(events)`. spa-navigations.ts uses it for the
 * viewport look's hit tests (`caretPositionFromPoint`), whose slices are mostly shorter than 20 ms.
 */
export function samplesInSlices(events: readonly TraceEvent[], profile: CpuProfile, name: string) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  let time = profile.startTime;
  const times = profile.timeDeltas.map((delta) => (time += delta));
  const found: { index: number; ms: number }[] = [];
  for (const [index, slice] of slicesOf(events).entries()) {
    let us = 0;
    for (const [i, sample] of profile.samples.entries()) {
      const at = times[i]!;
      if (at >= slice.start && at < slice.end && byId.get(sample)!.callFrame.functionName === name)
        us += (times[i + 1] ?? at) - at;
    }
    if (us > 0) found.push({ index, ms: us / 1000 });
  }
  return found;
}
