import type { Terminal, TrieNode } from './trie.ts';

/** The edge between two words of a form: any run of white space, hyphens and apostrophes. */
export const GAP_EDGE = 0x20;
/** `terminal` of a node where no form ends. */
export const NO_TERMINAL = -1;

/**
 * Integers read by index: typed arrays where a trie is compiled, the JSON's own arrays where the
 * bundled tries are restored (compiled-tries.ts).
 */
export type Numbers = Int32Array | Uint16Array | readonly number[];

/**
 * A trie over UTF-16 code units in flat number arrays: node `n`'s edges are `edgeStart[n]` up to
 * `edgeStart[n + 1]`, sorted by `edgeChar`. Walking it reads numbers only (no word is sliced,
 * lower-cased or hashed), and the bundled glossary's tries are restored from JSON with no copy at
 * all (where rebuilding Maps of words took 2–3 ms in Node 22 and 5–17 ms in a content script's
 * first slice, Chromium 156). Matching speed, cold or warm, is about the same as with the Maps.
 */
export interface CharTrie {
  edgeStart: Numbers;
  edgeChar: Numbers;
  edgeTarget: Numbers;
  /** Per node: an index into the matcher's terminals (a form's or a negative context's, terminals.ts), or `NO_TERMINAL`. */
  terminal: Numbers;
  /** Filled as the trie is walked (`childOf`), never stored: per node, 0 or the number of its wide table. */
  wideTable: Uint8Array;
  /** The wide tables so far, `ASCII` entries each: the child by each ASCII character, or -1. */
  wideChild: Int32Array;
  wideCount: number;
}

/**
 * Nodes with at least this many edges (the roots of the tries and of the anchor lists, the first
 * letters of words: 91 nodes of the bundled tries) answer ASCII characters from a table, made the
 * first time the node is walked, instead of a binary search. They take a quarter of the lookups on
 * the 600-post bench thread, each a search of 3–5 steps: 450,546 steps in all before, 250,094 now
 * (a counter here, over the pass of `node tests/bench/match-forum.ts`; `childOf` topped the
 * matcher's CPU profile in Chromium 156). No time measured on the shared machine could tell the two
 * apart (docs/performance.md). The tables are made as they are needed, not when the tries are
 * restored: a loop over every node of the bundled tries took the restore from 0.3 ms to 5–15 ms
 * (Node 22, cold).
 */
const WIDE = 8;
const ASCII = 0x80;
const MAX_TABLES = 255;

/** The node reached from `node` by `char`, or -1. */
export function childOf(trie: CharTrie, node: number, char: number): number {
  let low = trie.edgeStart[node]!;
  let high = trie.edgeStart[node + 1]!;
  if (high - low >= WIDE && char < ASCII) {
    const table = trie.wideTable[node]! || wideTableOf(trie, node);
    if (table !== 0) return trie.wideChild[(table - 1) * ASCII + char]!;
  }
  while (low < high) {
    const middle = (low + high) >> 1;
    const edge = trie.edgeChar[middle]!;
    if (edge < char) low = middle + 1;
    else if (edge > char) high = middle;
    else return trie.edgeTarget[middle]!;
  }
  return -1;
}

/** The node reached from `node` by an astral letter (two code units), as the trie stores it. */
export function walkAstral(trie: CharTrie, node: number, codePoint: number, isExact: boolean): number {
  const letter = String.fromCodePoint(codePoint);
  const stored = isExact ? letter : letter.toLowerCase();
  for (let k = 0; k < stored.length && node >= 0; k++) node = childOf(trie, node, stored.charCodeAt(k));
  return node;
}

interface Building {
  edges: Map<number, Building>;
  terminal: number;
}

/**
 * Spells a trie of words out character by character. Words are stored as `wordKey` gave them
 * (lower case unless exact, ’ as '); `GAP_EDGE` joins the words of a form. `terminalIndex` numbers
 * each distinct terminal value.
 */
export function charTrieOf(root: TrieNode, terminalIndex: (terminal: string) => number): CharTrie {
  const newNode = (): Building => ({ edges: new Map(), terminal: NO_TERMINAL });
  const top = newNode();
  const spell = (from: Building, node: TrieNode) => {
    for (const [word, child] of node.next ?? []) {
      let at = from;
      for (let i = 0; i < word.length; i++) {
        const char = word.charCodeAt(i);
        let next = at.edges.get(char);
        if (!next) at.edges.set(char, (next = newNode()));
        at = next;
      }
      if (child.entryId !== undefined) at.terminal = terminalIndex(child.entryId as Exclude<Terminal, undefined>);
      if (child.next) {
        const gap = newNode();
        at.edges.set(GAP_EDGE, gap);
        spell(gap, child);
      }
    }
  };
  spell(top, root);

  // Number the nodes breadth first, then lay their edges out in order.
  const order: Building[] = [top];
  const ids = new Map<Building, number>([[top, 0]]);
  for (let i = 0; i < order.length; i++)
    for (const next of order[i]!.edges.values()) {
      ids.set(next, order.length);
      order.push(next);
    }
  const edgeCount = order.length - 1;
  const edgeStart = new Int32Array(order.length + 1);
  const edgeChar = new Uint16Array(edgeCount);
  const edgeTarget = new Int32Array(edgeCount);
  const terminal = new Int32Array(order.length);
  let edge = 0;
  for (const [id, node] of order.entries()) {
    edgeStart[id] = edge;
    terminal[id] = node.terminal;
    for (const [char, next] of [...node.edges].sort((a, b) => a[0] - b[0])) {
      edgeChar[edge] = char;
      edgeTarget[edge++] = ids.get(next)!;
    }
  }
  edgeStart[order.length] = edge;
  return charTrieFrom(edgeStart, edgeChar, edgeTarget, terminal);
}

/** A trie of these edges, with no wide table made yet. */
export function charTrieFrom(edgeStart: Numbers, edgeChar: Numbers, edgeTarget: Numbers, terminal: Numbers): CharTrie {
  const wideTable = new Uint8Array(terminal.length);
  return { edgeStart, edgeChar, edgeTarget, terminal, wideTable, wideChild: new Int32Array(0), wideCount: 0 };
}

/** Makes the table of a wide node; its number, or 0 once `MAX_TABLES` are made (the node is searched). */
function wideTableOf(trie: CharTrie, node: number): number {
  if (trie.wideCount === MAX_TABLES) return 0;
  const table = ++trie.wideCount;
  if (table * ASCII > trie.wideChild.length) {
    const grown = new Int32Array(Math.min(MAX_TABLES, table * 2) * ASCII);
    grown.set(trie.wideChild);
    trie.wideChild = grown;
  }
  const base = (table - 1) * ASCII;
  trie.wideChild.fill(-1, base, base + ASCII);
  for (let edge = trie.edgeStart[node]!; edge < trie.edgeStart[node + 1]!; edge++)
    if (trie.edgeChar[edge]! < ASCII) trie.wideChild[base + trie.edgeChar[edge]!] = trie.edgeTarget[edge]!;
  trie.wideTable[node] = table;
  return table;
}
