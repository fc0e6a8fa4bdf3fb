import { APOSTROPHE, IGNORABLE_CLASS, kindOf } from './char-kind.ts';
import { isWordAt } from './token-scanner.ts';
import type { TrieNode } from './trie.ts';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");

/**
 * One regular expression matching, case-insensitively, the start of every word a form can start
 * with, at the start of a word. It only proposes places to look; the trie decides. Measured in Node 22 on 3 MB of
 * text: `gi` with `\b` runs in 7 ms for 120 first words and 9 ms for 1,120, while the `u` flag
 * (needed for `\p{L}` look-behind) costs 87 ms and 300 ms — so word starts are checked in code
 * (`isInsideWord`) instead. `\b` only knows ASCII words, so words starting with another letter go
 * in without it.
 */
export function candidateSource(roots: readonly TrieNode[], leadsToForm: (node: TrieNode) => boolean): string {
  // Only words that can start a form: a negative context that starts elsewhere ("his weakness",
  // "home stretch") is found by looking back from its form (form-finder.ts). Its first words are
  // everyday words ("his", "on", "home"): as candidates they stopped the matcher at most words of
  // every page and kept the page's sieve from ruling out any text.
  const words = new Set<string>();
  for (const root of roots)
    for (const [word, node] of root.next ?? []) if (leadsToForm(node)) words.add(word.toLowerCase());
  // A word is a candidate prefix, so "calf" already proposes "calfs" and "calf's": keep only the
  // words no shorter word starts. Fewer alternatives keep the expression on V8's fast path.
  const kept = new Set<string>();
  for (const word of [...words].sort((a, b) => a.length - b.length)) {
    let isCovered = false;
    for (let end = 1; end < word.length && !isCovered; end++) isCovered = kept.has(word.slice(0, end));
    if (!isCovered) kept.add(word);
  }
  const sorted = [...kept].sort();
  const ascii = sorted.filter((word) => /^[a-z0-9_]/i.test(word)).map(escape);
  const other = sorted.filter((word) => !/^[a-z0-9_]/i.test(word)).map(escape);
  // The last alternative stops at an invisible character, so the matcher learns that a text needs
  // its slower path in the same pass (a separate test of every block cost a second pass).
  const parts = [
    ascii.length > 0 && `\\b(?=${ascii.join('|')})`,
    other.length > 0 && `(?=${other.join('|')})`,
    `(?=${IGNORABLE_CLASS})`,
  ];
  // Look-aheads match empty, so `test` reports the start in `lastIndex` without allocating a result.
  // The matcher compiles it with the flags `gi`.
  return parts.filter(Boolean).join('|');
}

/**
 * The candidate expression without its word-start condition: a candidate word anywhere, also
 * right after a letter ("foocalf"), as text joined across blocks reads. Its alternatives are plain
 * groups, not look-aheads, so a match's `index` tells where it starts, and the words are factored
 * by their common starts (`ca(?:lf|lve)`): V8 then scans with its fast paths. On the benchmark's
 * long article (0.5 MB of text), look-aheads took 3.9 ms in Node 22, plain groups 2.4 ms and
 * factored ones 1.9 ms; in a Chromium 156 page, 3.8 ms plain and 3.0 ms factored (medians of 8).
 */
export function anywhereSource(candidates: string): string {
  const parts: string[] = [];
  for (const [, inner] of candidates.matchAll(/(?:\\b)?\(\?=((?:[^()\\]|\\.)*)\)/g)) {
    if (inner!.startsWith('[')) parts.push(inner!);
    else {
      // Sorted, words with the same first atoms lie together.
      const words = inner!.split('|').sort().map(atomsOf);
      parts.push(factored(words, 0, words.length, 0));
    }
  }
  return parts.join('|');
}

/** The parts of an escaped word that match one character each: `\.`, a class `['’]`, a letter. */
const atomsOf = (word: string) => word.match(/\\.|\[(?:[^\]\\]|\\.)*\]|[\s\S]/g) ?? [];

/**
 * `words[from…to)`, which share their first `depth` atoms, as one expression from there on. Written
 * with indices, no destructuring or maps: it runs cold in the first slice of every page (a first
 * version took 2–6 ms there in Node 22).
 */
function factored(words: readonly string[][], from: number, to: number, depth: number): string {
  const alternatives: string[] = [];
  let hasEnd = false;
  for (let i = from; i < to;) {
    const atom = words[i]![depth];
    if (atom === undefined) {
      hasEnd = true;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && words[j]![depth] === atom) j++;
    alternatives.push(atom + factored(words, i, j, depth + 1));
    i = j;
  }
  if (alternatives.length === 0) return '';
  if (hasEnd) alternatives.push('');
  return alternatives.length > 1 ? `(?:${alternatives.join('|')})` : alternatives[0]!;
}

/** Is `i` in the middle of a word that `\b` could not see (é, an astral letter, o'…)? */
export function isInsideWord(text: string, i: number): boolean {
  if (i === 0) return false;
  const before = text.charCodeAt(i - 1);
  if (before >= 0xdc00 && before <= 0xdfff) return i > 1 && isWordAt(text, i - 2);
  if (kindOf(before) === APOSTROPHE) return i > 1 && isWordAt(text, i - 2);
  return isWordAt(text, i - 1);
}
