import { candidateSource, isInsideWord } from './candidates.ts';
import { APOSTROPHE, foldCase, IGNORABLE, kindOf, SURROGATE, WORD } from './char-kind.ts';
import { charTrieOf, childOf, GAP_EDGE, NO_TERMINAL, type CharTrie } from './char-trie.ts';
import { abbreviationInflectionsOf, inflectionsOf } from './inflect.ts';
import { isWordAt, nextWordStart, wordEnd, wordsOf } from './token-scanner.ts';
import { countTerminals, createNode, insert, type TrieNode } from './trie.ts';

/** What the matcher needs of a glossary entry. */
export interface MatcherEntry {
  id: string;
  /** Term, aliases and abbreviations as written; inflections are generated. */
  forms: readonly string[];
  /** Phrases in which a form means something else ("Achilles heel"); matching them marks nothing. */
  negativeContexts?: readonly string[];
}

/** A term found in a text: UTF-16 offsets `[start, end)`. */
export interface Match {
  start: number;
  end: number;
  entryId: string;
}

export interface Matcher {
  /** Every match in `text`, leftmost-longest, in order, never overlapping. */
  match(text: string): Match[];
  /** Distinct spellings compiled (forms, inflections, joined compounds, negative contexts). */
  readonly spellings: number;
  /** Forms dropped because an earlier entry already claimed the same spelling. */
  readonly conflicts: readonly string[];
  /**
   * Source of the expression (flags `gi`) that proposes where a form may start (candidates.ts): no
   * text without a match of it holds a term. The page reads it to rule out text before walking it.
   */
  readonly candidates: string;
  /**
   * Compiles some more, until `deadline` (a `performance.now()` time); true once ready. Only a
   * lazy matcher has it: the others are ready when made.
   */
  prepare?(deadline: number): boolean;
}

/** All capitals (DVT, ROM): matched case-sensitively so "dvt" in `.dvt-banner` is not a term. */
export function isCaseSensitiveForm(form: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(form) && !/\p{Ll}/u.test(form);
}

function spellingsOf(form: string, exact: boolean): { words: string[]; generated: string[][] } {
  const words = wordsOf(form.normalize('NFC'), exact);
  if (words.length === 0) throw new Error(`surface form "${form}" has no words`);
  const head = words.slice(0, -1);
  const last = words.at(-1)!;
  const generated = (exact ? abbreviationInflectionsOf(last) : inflectionsOf(last)).map((word) => [...head, word]);
  // "shin bone", "shin-bone" and "shinbone" are one term to a reader.
  if (words.length > 1 && !exact) {
    const joined = words.join('');
    generated.push([joined], ...inflectionsOf(joined).map((word) => [word]));
  }
  return { words, generated };
}

/** Entries compiled between two yields of `compileMatcherSteps`: about a millisecond, cold. */
const ENTRIES_PER_STEP = 8;

/**
 * Compiles entries into one matcher. A native regular expression finds the words that can start a
 * form; from each, a trie of words decides the longest form that matches there,
 * with the rules of word boundaries, case, inflection, gaps and negative contexts.
 */
export function compileMatcher(entries: readonly MatcherEntry[]): Matcher {
  const steps = compileMatcherSteps(entries);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, a few entries at a time: it yields between them, so a caller with a time budget can
 * stop (cold, in a content script at page load, the whole compile took 40–60 ms in Chromium 156).
 */
export function* compileMatcherSteps(entries: readonly MatcherEntry[]): Generator<void, Matcher> {
  return matcherFromTries(yield* compileTriesSteps(entries));
}

/** The tries alone, run to the end (the build precompiles the bundled glossary with it). */
export function compileTries(entries: readonly MatcherEntry[]): CompiledTries {
  const steps = compileTriesSteps(entries);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function* compileTriesSteps(entries: readonly MatcherEntry[]): Generator<void, CompiledTries> {
  const folded = createNode();
  const exact = createNode();
  const conflicts: string[] = [];
  const later: [TrieNode, string[], string | null][] = [];

  const add = (form: string, entryId: string | null) => {
    const isExact = isCaseSensitiveForm(form);
    const root = isExact ? exact : folded;
    const { words, generated } = spellingsOf(form, isExact);
    if (!insert(root, words, entryId)) conflicts.push(`"${form}" (${entryId ?? 'negative context'})`);
    for (const spelling of generated) later.push([root, spelling, entryId]);
  };
  for (const [i, entry] of entries.entries()) {
    for (const form of entry.forms) add(form, entry.id);
    for (const context of entry.negativeContexts ?? []) add(context, null);
    if (i % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
  }
  for (const [i, [root, words, entryId]] of later.entries()) {
    insert(root, words, entryId);
    if (i % (ENTRIES_PER_STEP * 8) === ENTRIES_PER_STEP * 8 - 1) yield;
  }
  yield;
  const terminals: (string | null)[] = [];
  const numbers = new Map<string | null, number>();
  const terminalIndex = (terminal: string | null) => {
    let index = numbers.get(terminal);
    if (index === undefined) numbers.set(terminal, (index = terminals.push(terminal) - 1));
    return index;
  };
  return {
    folded: charTrieOf(folded, terminalIndex),
    exact: charTrieOf(exact, terminalIndex),
    terminals,
    candidates: candidateSource([folded, exact]),
    spellings: countTerminals(folded) + countTerminals(exact),
    conflicts,
  };
}

/** What compiling produces, before the search functions are made from it (see compiled-tries.ts). */
export interface CompiledTries {
  /** Forms matched case-insensitively (stored in lower case). */
  folded: CharTrie;
  /** All-capital forms, matched as written. */
  exact: CharTrie;
  /** What a trie node's `terminal` points at: an entry id, or null for a negative context. */
  terminals: (string | null)[];
  /** Source of the expression that proposes where a form may start (candidates.ts). */
  candidates: string;
  spellings: number;
  conflicts: string[];
}

/** The matcher over compiled tries. */
export function matcherFromTries({
  folded,
  exact,
  terminals,
  candidates: source,
  spellings,
  conflicts,
}: CompiledTries): Matcher {
  // The longest form found at the current position: out-parameters, so the hot loop allocates
  // nothing but the matches it returns.
  let bestEnd = -1;
  let bestTerminal = NO_TERMINAL;

  /** Follows `trie` from the word starting at `start`, recording the longest form that ends at a word's end. */
  const walk = (trie: CharTrie, text: string, start: number, isExact: boolean) => {
    const length = text.length;
    let node = 0;
    let i = start;
    for (;;) {
      // One word, by the rules of `wordEnd`: invisible characters skipped, an apostrophe only
      // between two word characters (and stored as ').
      let end = i;
      while (i < length && node >= 0) {
        const char = text.charCodeAt(i);
        const kind = kindOf(char);
        if (kind === WORD) {
          node = childOf(trie, node, isExact ? char : foldCase(char));
          end = ++i;
        } else if (kind === APOSTROPHE && i + 1 < length && isWordAt(text, i + 1)) {
          node = childOf(trie, node, 0x27);
          i++;
        } else if (kind === IGNORABLE) i++;
        else if (kind === SURROGATE && isWordAt(text, i)) {
          node = walkAstral(trie, node, text.codePointAt(i)!, isExact);
          end = i += 2;
        } else break;
      }
      if (node < 0) return;
      const terminal = trie.terminal[node]!;
      if (terminal !== NO_TERMINAL && end > bestEnd) {
        bestEnd = end;
        bestTerminal = terminal;
      }
      node = childOf(trie, node, GAP_EDGE);
      if (node < 0) return;
      i = nextWordStart(text, end);
      if (i < 0) return;
    }
  };

  /** Tries every form at the word starting at `i`; returns the end of the span it took, or -1. */
  const matchAt = (text: string, i: number, matches: Match[]): number => {
    bestEnd = -1;
    bestTerminal = NO_TERMINAL;
    // Exact (all-capital) forms first, so on a tie the abbreviation wins; they start with a capital.
    const first = text.charCodeAt(i);
    if (hasExact && (first > 0x7f || (first >= 0x41 && first <= 0x5a))) walk(exact, text, i, true);
    walk(folded, text, i, false);
    if (bestEnd < 0) return -1;
    const entryId = terminals[bestTerminal]!;
    if (entryId !== null) matches.push({ start: i, end: bestEnd, entryId });
    return bestEnd;
  };

  const candidates = new RegExp(source, 'gi');
  const hasExact = exact.edgeStart[1]! > 0;
  return {
    spellings,
    conflicts,
    candidates: source,
    match(text) {
      const matches: Match[] = [];
      candidates.lastIndex = 0;
      while (candidates.test(text)) {
        const i = candidates.lastIndex;
        if (kindOf(text.charCodeAt(i)) === IGNORABLE) return matchEveryWord(text);
        const end = isInsideWord(text, i) ? -1 : matchAt(text, i, matches);
        candidates.lastIndex = end < 0 ? i + 1 : end;
      }
      return matches;
    },
  };

  /**
   * Invisible characters can sit inside a word, where the candidate search cannot see the word:
   * read every word instead. Rare on real pages, so the slower path is fine.
   */
  function matchEveryWord(text: string): Match[] {
    const matches: Match[] = [];
    for (let i = 0; i < text.length;) {
      if (!isWordAt(text, i)) i++;
      else {
        const end = matchAt(text, i, matches);
        i = end < 0 ? wordEnd(text, i) : end;
      }
    }
    return matches;
  }
}

/** An astral letter (two code units) as the trie stores it. */
function walkAstral(trie: CharTrie, node: number, codePoint: number, isExact: boolean): number {
  const letter = String.fromCodePoint(codePoint);
  const stored = isExact ? letter : letter.toLowerCase();
  for (let k = 0; k < stored.length && node >= 0; k++) node = childOf(trie, node, stored.charCodeAt(k));
  return node;
}
