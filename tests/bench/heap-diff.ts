// `node --max-old-space-size=4000 tests/bench/heap-diff.ts A.heapsnapshot B.heapsnapshot`: what B's
// heap holds that A's does not (snapshots of `heap-snapshot.ts`, or devtools' Memory panel): self
// sizes by node type, the largest differences by type and name, and each regular expression's
// native code, one-byte and two-byte (V8 compiles a regexp's machine code once for each width of
// string it has run on, and keeps it as long as the regexp lives). docs/performance.md, "What the
// content script's heap keeps".
import { readFileSync } from 'node:fs';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** One snapshot's node table with the few questions asked of it. */
function readSnapshot(path: string) {
  const s = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
  const {
    node_fields: nodeFields,
    node_types: nodeTypes,
    edge_fields: edgeFields,
    edge_types: edgeTypes,
  } = s.snapshot.meta;
  const nf = nodeFields.length;
  const ef = edgeFields.length;
  const count = s.nodes.length / nf;
  const firstEdge = new Uint32Array(count + 1);
  for (let node = 0, edge = 0; node < count; node++) {
    firstEdge[node] = edge;
    edge += (s.nodes[node * nf + nodeFields.indexOf('edge_count')] ?? 0) * ef;
  }
  firstEdge[count] = s.edges.length;
  const type = (node: number) => nodeTypes[0][s.nodes[node * nf] ?? 0] ?? '?';
  const name = (node: number) => s.strings[s.nodes[node * nf + 1] ?? 0] ?? '';
  const size = (node: number) => s.nodes[node * nf + nodeFields.indexOf('self_size')] ?? 0;
  /** Outgoing edges as [edge type, name or index, target node]. */
  const edges = (node: number): [string, string | number, number][] => {
    const out: [string, string | number, number][] = [];
    for (let e = firstEdge[node] ?? 0; e < (firstEdge[node + 1] ?? 0); e += ef) {
      const edgeType = edgeTypes[0][s.edges[e] ?? 0] ?? '?';
      const nameOrIndex = s.edges[e + 1] ?? 0;
      const label = edgeType === 'element' || edgeType === 'hidden' ? nameOrIndex : (s.strings[nameOrIndex] ?? '');
      out.push([edgeType, label, (s.edges[e + 2] ?? 0) / nf]);
    }
    return out;
  };
  return { count, type, name, size, edges };
}
type Heap = ReturnType<typeof readSnapshot>;

/** Self sizes summed by a key of each node: [bytes, nodes]. */
function sumBy(heap: Heap, key: (node: number) => string): Map<string, [number, number]> {
  const sums = new Map<string, [number, number]>();
  for (let node = 0; node < heap.count; node++) {
    const k = key(node);
    const sum = sums.get(k) ?? [0, 0];
    sum[0] += heap.size(node);
    sum[1] += 1;
    sums.set(k, sum);
  }
  return sums;
}

/** Strings are one row (their text is the page's); other nodes by type and name. */
const typeAndName = (heap: Heap) => (node: number) =>
  heap.type(node).endsWith('string') ? heap.type(node) : `${heap.type(node)} ${heap.name(node).slice(0, 70)}`;

/**
 * Each regexp's data (shared by regexps of the same source and flags): its source and the sizes of
 * its one-byte and two-byte machine code. In V8's IrRegExpData the code objects are the data's
 * `latin1_code` and `uc16_code` fields, in that order (hidden edges 3 and 4 in Chromium 156).
 */
function regexpCode(heap: Heap): Map<string, [number, number]> {
  const bySource = new Map<string, [number, number]>();
  const seen = new Set<number>();
  const stream = (code: number) =>
    heap
      .edges(code)
      .reduce((sum, [, label, target]) => sum + (label === 'instruction_stream' ? heap.size(target) : 0), 0);
  for (let node = 0; node < heap.count; node++) {
    if (heap.type(node) !== 'regexp') continue;
    const data = heap.edges(node).find(([, , target]) => heap.name(target) === 'system / IrRegExpData')?.[2];
    if (data === undefined || seen.has(data)) continue;
    seen.add(data);
    const code = heap.edges(data).filter(([, , target]) => heap.name(target) === 'system / Code');
    const width = (index: number) =>
      code.filter(([, label]) => label === index).reduce((sum, [, , c]) => sum + stream(c), 0);
    bySource.set(heap.name(node), [width(3), width(4)]);
  }
  return bySource;
}

const [pathA, pathB] = process.argv.slice(2);
if (!pathA || !pathB) throw new Error('usage: node tests/bench/heap-diff.ts A.heapsnapshot B.heapsnapshot');
const [a, b] = [readSnapshot(pathA), readSnapshot(pathB)];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const signed = (bytes: number) => `${bytes >= 0 ? '+' : ''}${kb(bytes)}`;

console.log('self size by node type: A, B, B − A');
const [typesA, typesB] = [sumBy(a, a.type), sumBy(b, b.type)];
for (const [type, [bytes]] of [...typesB].sort((x, y) => y[1][0] - x[1][0])) {
  const before = typesA.get(type)?.[0] ?? 0;
  console.log(
    `  ${type.padEnd(20)} ${kb(before).padStart(12)} ${kb(bytes).padStart(12)} ${signed(bytes - before).padStart(12)}`,
  );
}

console.log('\nlargest differences by type and name (B − A, nodes):');
const [namesA, namesB] = [sumBy(a, typeAndName(a)), sumBy(b, typeAndName(b))];
const rows = [...new Set([...namesA.keys(), ...namesB.keys()])].map((key) => {
  const [[bytesA, nodesA], [bytesB, nodesB]] = [namesA.get(key) ?? [0, 0], namesB.get(key) ?? [0, 0]];
  return { key, bytes: bytesB - bytesA, nodes: nodesB - nodesA };
});
for (const row of rows.sort((x, y) => Math.abs(y.bytes) - Math.abs(x.bytes)).slice(0, 15))
  console.log(`  ${signed(row.bytes).padStart(12)} ${String(row.nodes).padStart(7)}  ${row.key}`);

console.log('\nregexp machine code (one-byte + two-byte):');
const [codeA, codeB] = [regexpCode(a), regexpCode(b)];
for (const [label, code] of [
  ['A', codeA],
  ['B', codeB],
] as const) {
  const sum = (width: 0 | 1) => [...code.values()].reduce((total, sizes) => total + sizes[width], 0);
  const compiled = [...code].filter(([, [one, two]]) => one + two > 0);
  const chars = compiled.reduce((total, [source]) => total + source.length, 0);
  console.log(
    `  ${label}: ${code.size} sources, ${compiled.length} compiled (${chars} source characters): ` +
      `${kb(sum(0))} + ${kb(sum(1))}, ${((sum(0) + sum(1)) / chars).toFixed(0)} bytes a character`,
  );
}
console.log("\nB's largest (one-byte + two-byte, source length, in A?):");
const largest = [...codeB].sort((x, y) => y[1][0] + y[1][1] - x[1][0] - x[1][1]).slice(0, 20);
for (const [source, [one, two]] of largest)
  console.log(
    `  ${kb(one).padStart(9)} + ${kb(two).padStart(9)}  ${String(source.length).padStart(5)}  ${codeA.has(source) ? 'A' : '-'}  ${source.slice(0, 90)}`,
  );
