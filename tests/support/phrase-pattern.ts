/** A node of a trie of words: the phrases that go on with each next word, and whether one ends here. */
interface PhraseNode {
  next: Map<string, PhraseNode>;
  isEnd: boolean;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");

/**
 * One expression for many phrases (arrays of lower-case words, joined by `gap`), factored by their
 * shared first words: `on[gap](?:his|her)[gap]toes` rather than one alternative per spelling, so
 * the backtracking engine tries each first word once per position. Longer phrases win where one is
 * a prefix of another: a phrase's end is an optional, greedy continuation. With the ~170 idioms of
 * `otherSenses`, flat alternatives took the corpus (322 kB) to 250 ms; factored, 14.5 ms
 * (`node tests/sense/time-sense.ts`, Node 22).
 */
export function phrasePattern(phrases: readonly (readonly string[])[], gap: string): string {
  const root: PhraseNode = { next: new Map(), isEnd: false };
  for (const words of phrases) {
    if (words.length === 0) continue;
    let node = root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map(), isEnd: false }));
      node = child;
    }
    node.isEnd = true;
  }
  return alternativesOf(root, gap);
}

function alternativesOf(node: PhraseNode, gap: string): string {
  // Longest word first: "legs" before "leg", so the longer spelling is the one found.
  const words = [...node.next.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return words
    .map((word) => {
      const child = node.next.get(word)!;
      if (child.next.size === 0) return escape(word);
      const rest = `${gap}(?:${alternativesOf(child, gap)})`;
      return `${escape(word)}${child.isEnd ? `(?:${rest})?` : rest}`;
    })
    .join('|');
}
