import { APOSTROPHE, foldCase, IGNORABLE, kindOf, SURROGATE, WORD } from './char-kind.ts';
import { childOf, GAP_EDGE, walkAstral, type CharTrie } from './char-trie.ts';
import type { CompiledTries } from './compile-matcher.ts';
import { isNegativeTerminal } from './terminals.ts';
import { isWordAt, nextWordStart } from './token-scanner.ts';

/**
 * The test behind `Matcher.mayMatch`: can a whole form (any sense) be read somewhere in `text` if
 * no word boundary is asked for around it?
 *
 * It serves text read across several blocks at once (an element's `textContent`), where a block's
 * edge can fall inside what reads as one word ("…foo</p><p>calf pain…" reads "foocalf pain"). A
 * form lies inside one block, whose text is one stretch of the joined text; only what is beside
 * the block's edges changes. So the trie is walked from every place a form's first word can begin
 * (the candidate expression without its word-start condition), with the matcher's own rules for
 * case, gaps, apostrophes and invisible characters, and a form counts as soon as its last letter
 * is read, whatever follows. Every match `match` can find in any block of the text is found here
 * too; negative contexts and the sense rules, which only take matches away, are not asked.
 *
 * The answer is about forms that begin in `[from, to)` (all of the text by default), so a long text
 * can be asked a stretch at a time; a form is read on past `to` as far as it goes.
 */
export function relaxedWalkOf(
  tries: Pick<CompiledTries, 'folded' | 'exact' | 'terminals' | 'candidates' | 'anywhere'>,
) {
  const { folded, exact } = tries;
  const isForm = Uint8Array.from(tries.terminals, (terminal) => (isNegativeTerminal(terminal) ? 0 : 1));
  const hasExact = exact.edgeStart[1]! > 0;
  const anywhere = new RegExp(tries.anywhere, 'gi');

  /** Does a form end after some letter of the words read from `start`? */
  const formFrom = (trie: CharTrie, text: string, start: number, isExact: boolean): boolean => {
    const length = text.length;
    let node = 0;
    let i = start;
    for (;;) {
      while (i < length) {
        const char = text.charCodeAt(i);
        const kind = kindOf(char);
        if (kind === WORD) {
          node = childOf(trie, node, isExact ? char : foldCase(char));
          i++;
        } else if (kind === SURROGATE && isWordAt(text, i)) {
          node = walkAstral(trie, node, text.codePointAt(i)!, isExact);
          i += 2;
        } else if (kind === APOSTROPHE && i + 1 < length && isWordAt(text, i + 1)) {
          node = childOf(trie, node, 0x27);
          i++;
          if (node < 0) return false;
          continue;
        } else if (kind === IGNORABLE) {
          i++;
          continue;
        } else break;
        if (node < 0) return false;
        // A block may end right here, whatever the joined text reads next.
        const terminal = trie.terminal[node]!;
        if (terminal >= 0 && isForm[terminal] === 1) return true;
      }
      node = childOf(trie, node, GAP_EDGE);
      if (node < 0) return false;
      i = nextWordStart(text, i);
      if (i < 0) return false;
    }
  };

  const formAt = (text: string, i: number): boolean => {
    // As `match` does: all-capital forms start with a capital (or a letter beyond ASCII).
    const first = text.charCodeAt(i);
    if (hasExact && (first > 0x7f || (first >= 0x41 && first <= 0x5a)) && formFrom(exact, text, i, true)) return true;
    return formFrom(folded, text, i, false);
  };

  // No candidate word is longer than its part of the expression's source: a search for the ones
  // that start before `to` reads no further than this past it.
  const longestWord = Math.max(...tries.candidates.split(/[|()]/).map((part) => part.length));

  return (text: string, from = 0, to = text.length): boolean => {
    const searched = to >= text.length ? text : text.slice(0, to + longestWord);
    anywhere.lastIndex = from;
    for (let found = anywhere.exec(searched); found && found.index < to; found = anywhere.exec(searched)) {
      const i = found.index;
      // Invisible characters can sit inside a first word, where the candidate expression cannot
      // see it (`match` reads every word of such a block): the answer is "maybe", and the page
      // looks closer. Rare on real pages.
      if (kindOf(text.charCodeAt(i)) === IGNORABLE) return true;
      if (formAt(text, i)) return true;
      // Candidate words can overlap ("shot" holds "hot"): look again from the next character.
      anywhere.lastIndex = i + 1;
    }
    return false;
  };
}
