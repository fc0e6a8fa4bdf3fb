import { candidateRegExp, HAS_IGNORABLE, isInsideWord } from './candidates.ts';
import { abbreviationInflectionsOf, inflectionsOf } from './inflect.ts';
import { isWordAt, nextWordStart, wordEnd, wordKey, wordsOf } from './token-scanner.ts';
import { countTerminals, createNode, insert, type Terminal, type TrieNode } from './trie.ts';

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
  return { folded, exact, conflicts };
}

/** What compiling produces, before the search functions are made from it (see compiled-tries.ts). */
export interface CompiledTries {
  /** Words matched case-insensitively. */
  folded: TrieNode;
  /** All-capital forms, matched as written. */
  exact: TrieNode;
  conflicts: string[];
}

/** The matcher over compiled tries. */
export function matcherFromTries({ folded, exact, conflicts }: CompiledTries): Matcher {
  // The longest form found at the current position: an out-parameter, so the hot loop allocates
  // nothing but the matches it returns.
  let bestEnd = -1;
  let bestId: Terminal;
  let mayHaveIgnorables = false;

  /** Follows `node` word by word from the word `[start, end)`, recording the longest form. */
  const walk = (text: string, node: TrieNode | undefined, start: number, end: number, isExact: boolean) => {
    for (;;) {
      node = node?.next?.get(wordKey(text.slice(start, end), isExact, mayHaveIgnorables));
      if (!node) return;
      if (node.entryId !== undefined && end > bestEnd) {
        bestEnd = end;
        bestId = node.entryId;
      }
      if (!node.next) return;
      start = nextWordStart(text, end);
      if (start < 0) return;
      end = wordEnd(text, start);
    }
  };

  /** Tries every form at the word starting at `i`; returns where to look next. */
  const matchAt = (text: string, i: number, matches: Match[]): number => {
    const end = wordEnd(text, i);
    bestEnd = -1;
    bestId = undefined;
    // Exact (all-capital) forms first, so on a tie the abbreviation wins; they start with a capital.
    const first = text.charCodeAt(i);
    if (hasExact && (first > 0x7f || (first >= 0x41 && first <= 0x5a))) walk(text, exact, i, end, true);
    walk(text, folded, i, end, false);
    if (bestEnd < 0) return end;
    if (bestId) matches.push({ start: i, end: bestEnd, entryId: bestId });
    return bestEnd;
  };

  const candidates = candidateRegExp([folded, exact]);
  const hasExact = exact.next !== undefined;
  return {
    spellings: countTerminals(folded) + countTerminals(exact),
    conflicts,
    match(text) {
      const matches: Match[] = [];
      mayHaveIgnorables = HAS_IGNORABLE.test(text);
      if (mayHaveIgnorables) {
        // Invisible characters can sit inside a word, where the candidate search cannot see the
        // word: read every word instead. Rare on real pages, so the slower path is fine.
        for (let i = 0; i < text.length;) i = isWordAt(text, i) ? matchAt(text, i, matches) : i + 1;
        return matches;
      }
      candidates.lastIndex = 0;
      while (candidates.test(text)) {
        const i = candidates.lastIndex;
        candidates.lastIndex = isInsideWord(text, i) ? i + 1 : matchAt(text, i, matches);
      }
      return matches;
    },
  };
}
