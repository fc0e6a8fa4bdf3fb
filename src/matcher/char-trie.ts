import type { Terminal, TrieNode } from './trie.ts';

/** The edge between two words of a form: any run of white space, hyphens and apostrophes. */
export const GAP_EDGE = 0x20;
/** `terminal` of a node where no form ends. */
export const NO_TERMINAL = -1;

/**
 * A trie over UTF-16 code units in flat typed arrays: node `n`'s edges are `edgeStart[n]` up to
 * `edgeStart[n + 1]`, sorted by `edgeChar`. Walking it reads numbers only (no word is sliced,
 * lower-cased or hashed), and the bundled glossary's tries are restored from JSON by copying four
 * number arrays each: 0.5 ms in Node 22, where rebuilding Maps of words took 2–3 ms there and
 * 5–17 ms in a content script's first slice (Chromium 156). Matching speed, cold or warm, is about
 * the same as with the Maps.
 */
export interface CharTrie {
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  edgeTarget: Int32Array;
  /** Per node: an index into the matcher's terminals (a form's or a negative context's, terminals.ts), or `NO_TERMINAL`. */
  terminal: Int32Array;
}

/** The node reached from `node` by `char`, or -1. */
export function childOf(trie: CharTrie, node: number, char: number): number {
  let low = trie.edgeStart[node]!;
  let high = trie.edgeStart[node + 1]!;
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
  const trie: CharTrie = {
    edgeStart: new Int32Array(order.length + 1),
    edgeChar: new Uint16Array(edgeCount),
    edgeTarget: new Int32Array(edgeCount),
    terminal: new Int32Array(order.length),
  };
  let edge = 0;
  for (const [id, node] of order.entries()) {
    trie.edgeStart[id] = edge;
    trie.terminal[id] = node.terminal;
    for (const [char, next] of [...node.edges].sort((a, b) => a[0] - b[0])) {
      trie.edgeChar[edge] = char;
      trie.edgeTarget[edge++] = ids.get(next)!;
    }
  }
  trie.edgeStart[order.length] = edge;
  return trie;
}
