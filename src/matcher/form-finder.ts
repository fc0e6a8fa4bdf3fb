import type { RawMatch } from './apply-sense.ts';
import { isInsideWord } from './candidates.ts';
import { APOSTROPHE, foldCase, IGNORABLE, kindOf, SURROGATE, WORD } from './char-kind.ts';
import { childOf, GAP_EDGE, NO_TERMINAL, walkAstral, type CharTrie } from './char-trie.ts';
import type { CompiledTries } from './compile-matcher.ts';
import type { EntrySpan } from './other-sense-uses.ts';
import { parseTerminal } from './terminals.ts';
import { isWordAt, nextWordStart, previousWordStart, wordEnd } from './token-scanner.ts';

/** Every form and negative context of a text as the tries find them, before any sense rule. */
export interface FoundForms {
  /** The forms, negated ones too: `readRaw` (run-matcher.ts) sets those aside. */
  raw: RawMatch[];
  /** Spans of the negative contexts found: no body frame is read inside them. */
  negatives: EntrySpan[];
}

/**
 * The hot loop of the matcher: the candidate search proposes the words that may start a form, and
 * both tries are walked from each. Its own file because it is the one part where allocation and
 * speed matter (`node tests/sense/time-sense.ts`): the longest forms found are kept in
 * out-parameters of this closure, so it allocates nothing but the matches it returns. The function
 * that reads a text is named `findRaw`, as tests/bench/profile-parts.ts looks for it on the stack.
 */
export function formFinderOf(tries: CompiledTries): (text: string) => FoundForms {
  const { folded, exact, candidates: source } = tries;
  const terminals = tries.terminals.map(parseTerminal);
  // How far back from a form of each terminal's entry a negative context of it may start.
  const leads = terminals.map((terminal) => tries.negativeLeads[terminal.entryId] ?? 0);
  // Spans of negative contexts found by the text being read.
  let negatives: EntrySpan[] = [];
  // The longest form found at the current position: out-parameters, so the hot loop allocates
  // nothing but the matches it returns.
  let bestEnd = -1;
  let bestTerminal = NO_TERMINAL;
  // The longest form that is not a negative context, for when a negative context wins.
  let formEnd = -1;
  let formTerminal = NO_TERMINAL;
  // The longest negative context, for the look back from a form.
  let negativeEnd = -1;
  let negativeTerminal = NO_TERMINAL;
  const isNegative = terminals.map((terminal) => terminal.sense === 'negative');

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
      if (terminal !== NO_TERMINAL && end > formEnd && !isNegative[terminal]) {
        formEnd = end;
        formTerminal = terminal;
      }
      if (terminal !== NO_TERMINAL && end > negativeEnd && isNegative[terminal]) {
        negativeEnd = end;
        negativeTerminal = terminal;
      }
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

  /** Walks both tries from the word starting at `i`, leaving the longest spans in the out-parameters. */
  const walkAt = (text: string, i: number) => {
    bestEnd = -1;
    bestTerminal = NO_TERMINAL;
    formEnd = -1;
    formTerminal = NO_TERMINAL;
    negativeEnd = -1;
    negativeTerminal = NO_TERMINAL;
    // Exact (all-capital) forms first, so on a tie the abbreviation wins; they start with a capital.
    const first = text.charCodeAt(i);
    if (hasExact && (first > 0x7f || (first >= 0x41 && first <= 0x5a))) walk(exact, text, i, true);
    walk(folded, text, i, false);
  };

  /** Tries every form at the word starting at `i`; returns the end of the span it took, or -1. */
  const matchAt = (text: string, i: number, matches: RawMatch[]): number => {
    walkAt(text, i);
    if (bestEnd < 0) return -1;
    const terminal = terminals[bestTerminal]!;
    if (terminal.sense === 'negative') {
      // A negative context suppresses its own entry's forms inside it, no other entry's: in "my
      // knees are stiff" the knee is still the knee. Reading goes on after its first word.
      negatives.push({ start: i, end: bestEnd, entryId: terminal.entryId });
      const form = formEnd < 0 ? null : terminals[formTerminal]!;
      if (!form || form.sense === 'negative' || form.entryId === terminal.entryId) return wordEnd(text, i);
      const match = { start: i, end: formEnd, entryId: form.entryId, sense: form.sense };
      return found(text, match, leads[formTerminal]!, matches);
    }
    const match = { start: i, end: bestEnd, entryId: terminal.entryId, sense: terminal.sense };
    return found(text, match, leads[bestTerminal]!, matches);
  };

  /**
   * Keeps a form found, and looks back a few words for a negative context of its entry that starts
   * before it and covers it ("his weakness", "down on my knees"): the candidate search proposes only
   * words that start forms. `lead`: how many words back one of its entry may start. Returns the end
   * of the form.
   */
  const found = (text: string, match: RawMatch, lead: number, matches: RawMatch[]): number => {
    matches.push(match);
    for (let k = 0, start = match.start; k < lead; k++) {
      start = previousWordStart(text, start);
      if (start < 0) break;
      walkAt(text, start);
      const negative = negativeEnd < 0 ? null : terminals[negativeTerminal]!;
      if (negativeEnd >= match.end && negative?.entryId === match.entryId) {
        negatives.push({ start, end: negativeEnd, entryId: match.entryId });
        break;
      }
    }
    return match.end;
  };

  const candidates = new RegExp(source, 'gi');
  const hasExact = exact.edgeStart[1]! > 0;
  return (text) => {
    negatives = [];
    const raw = findRaw(text);
    return { raw, negatives };
  };

  /** Every form and negative context in `text`, before the sense rules. */
  function findRaw(text: string): RawMatch[] {
    const matches: RawMatch[] = [];
    candidates.lastIndex = 0;
    while (candidates.test(text)) {
      const i = candidates.lastIndex;
      if (kindOf(text.charCodeAt(i)) === IGNORABLE) {
        negatives = [];
        return matchEveryWord(text);
      }
      const end = isInsideWord(text, i) ? -1 : matchAt(text, i, matches);
      candidates.lastIndex = end < 0 ? i + 1 : end;
    }
    return matches;
  }

  /**
   * Invisible characters can sit inside a word, where the candidate search cannot see the word:
   * read every word instead. Rare on real pages, so the slower path is fine.
   */
  function matchEveryWord(text: string): RawMatch[] {
    const matches: RawMatch[] = [];
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
