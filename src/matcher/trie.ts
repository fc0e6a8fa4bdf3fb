/** `undefined`: nothing ends here; otherwise a form's or a negative context's terminal (terminals.ts). */
export type Terminal = string | undefined;

export interface TrieNode {
  /** Next words, keyed as `wordKey` gives them. */
  next: Map<string, TrieNode> | undefined;
  entryId: Terminal;
}

export function createNode(): TrieNode {
  return { next: undefined, entryId: undefined };
}

/**
 * Adds a sequence of words ending in `entryId`. The first claim on a form wins: explicit forms are
 * inserted before generated spellings, so a generated plural never takes another entry's word.
 * Returns false when the form was already claimed by a different entry.
 */
export function insert(root: TrieNode, words: readonly string[], entryId: string): boolean {
  let node = root;
  for (const word of words) {
    node.next ??= new Map();
    let child = node.next.get(word);
    if (!child) node.next.set(word, (child = createNode()));
    node = child;
  }
  if (node.entryId === undefined) node.entryId = entryId;
  return node.entryId === entryId;
}

/** How many spellings end in this trie (forms, generated spellings, negative contexts). */
export function countTerminals(node: TrieNode): number {
  let count = node.entryId === undefined ? 0 : 1;
  for (const child of node.next?.values() ?? []) count += countTerminals(child);
  return count;
}
