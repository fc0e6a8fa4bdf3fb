import type { CompiledTries } from './compile-matcher.ts';
import type { Terminal, TrieNode } from './trie.ts';

/**
 * A trie as JSON: `[terminal, {word: child}]`, terminal `0` for "no form ends here" (JSON has no
 * `undefined`), `null` for a negative context, else the entry id.
 */
type SerializedNode = [string | 0 | null, Record<string, SerializedNode>?];

export interface SerializedTries {
  folded: SerializedNode;
  exact: SerializedNode;
  conflicts: string[];
}

function serializeNode(node: TrieNode): SerializedNode {
  const terminal = node.entryId === undefined ? 0 : node.entryId;
  if (!node.next) return [terminal];
  const children: Record<string, SerializedNode> = {};
  for (const [word, child] of node.next) children[word] = serializeNode(child);
  return [terminal, children];
}

function restoreNode([terminal, children]: SerializedNode): TrieNode {
  const entryId: Terminal = terminal === 0 ? undefined : terminal;
  if (!children) return { entryId, next: undefined };
  const next = new Map<string, TrieNode>();
  for (const word of Object.keys(children)) next.set(word, restoreNode(children[word]!));
  return { entryId, next };
}

/**
 * Compiled tries as JSON. The bundled glossary ships precompiled (tests/tools/write-compiled.ts):
 * restoring takes about a millisecond, where compiling took 35–45 ms of a content script's first
 * slices at page load (Chromium 156).
 */
export const serializeTries = (tries: CompiledTries): SerializedTries => ({
  folded: serializeNode(tries.folded),
  exact: serializeNode(tries.exact),
  conflicts: tries.conflicts,
});

export const restoreTries = (data: SerializedTries): CompiledTries => ({
  folded: restoreNode(data.folded),
  exact: restoreNode(data.exact),
  conflicts: data.conflicts,
});
