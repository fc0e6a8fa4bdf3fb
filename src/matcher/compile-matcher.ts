import { anchorPhrasesOf } from './anchor-patterns.ts';
import { NO_ANCHOR_WORDS, type AnchorWords } from './anchor-words.ts';
import { anchorTrieOf } from './anchor-tries.ts';
import { anywhereSource, candidateSource } from './candidates.ts';
import { charTrieOf, type CharTrie } from './char-trie.ts';
import { abbreviationInflectionsOf, inflectionsOf } from './inflect.ts';
import type { Matcher, MatcherEntry, PageSense } from './matcher.ts';
import { matcherFromTries } from './run-matcher.ts';
import { PET } from './animal-words.ts';
import { entryIdOf, isNegativeTerminal, negativeTerminalOf, terminalOf } from './terminals.ts';
import { wordsOf } from './token-scanner.ts';
import { countTerminals, createNode, insert, type TrieNode } from './trie.ts';

/** All capitals (DVT, ROM): matched case-sensitively so "dvt" in `.dvt-banner` is not a term. */
export function isCaseSensitiveForm(form: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(form) && !/\p{Ll}/u.test(form);
}

/** What "my" in a form is also written as. */
const OTHER_POSSESSIVES = ['his', 'her', 'their', 'your'];

function spellingsOf(form: string, exact: boolean, isNegative: boolean): { words: string[]; generated: string[][] } {
  const words = wordsOf(form.normalize('NFC'), exact);
  if (words.length === 0) throw new Error(`surface form "${form}" has no words`);
  const head = words.slice(0, -1);
  const last = words.at(-1)!;
  const generated = (exact ? abbreviationInflectionsOf(last) : inflectionsOf(last)).map((word) => [...head, word]);
  // A negative phrase inflects in any word ("providers of", "Achilles's heel"), one word at a time.
  if (isNegative && !exact)
    head.forEach((word, k) => {
      for (const inflected of inflectionsOf(word)) generated.push(words.map((w, j) => (j === k ? inflected : w)));
    });
  // Forum posts speak of other people's legs too: "pulled my calf" is also "tore his calf".
  if (!exact)
    words.forEach((word, k) => {
      if (word !== 'my') return;
      for (const other of OTHER_POSSESSIVES) generated.push(words.map((w, j) => (j === k ? other : w)));
    });
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
export function compileMatcher(
  entries: readonly MatcherEntry[],
  anchors: AnchorWords = NO_ANCHOR_WORDS,
  page: PageSense = {},
): Matcher {
  const steps = compileMatcherSteps(entries, anchors, page);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, a few entries at a time: it yields between them, so a caller with a time budget can
 * stop (cold, in a content script at page load, the whole compile took 40–60 ms in Chromium 156).
 */
export function* compileMatcherSteps(
  entries: readonly MatcherEntry[],
  anchors: AnchorWords = NO_ANCHOR_WORDS,
  page: PageSense = {},
): Generator<void, Matcher> {
  return matcherFromTries(yield* compileTriesSteps(entries, anchors), page);
}

/** The tries alone, run to the end (the build precompiles the bundled glossary with it). */
export function compileTries(entries: readonly MatcherEntry[], anchors: AnchorWords = NO_ANCHOR_WORDS): CompiledTries {
  const steps = compileTriesSteps(entries, anchors);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function* compileTriesSteps(entries: readonly MatcherEntry[], anchors: AnchorWords): Generator<void, CompiledTries> {
  const folded = createNode();
  const exact = createNode();
  const conflicts: string[] = [];
  const later: [TrieNode, string[], string][] = [];

  const add = (form: string, entryId: string, isNegative = false) => {
    const isExact = isCaseSensitiveForm(form);
    const root = isExact ? exact : folded;
    const { words, generated } = spellingsOf(form, isExact, isNegative);
    if (!insert(root, words, entryId))
      conflicts.push(`"${form}" (${isNegative ? 'negative context of ' : ''}${entryIdOf(entryId)})`);
    for (const spelling of generated) later.push([root, spelling, entryId]);
  };
  for (const [i, entry] of entries.entries()) {
    for (const form of entry.forms)
      if (typeof form === 'string') add(form, terminalOf(entry.id, 'strong'));
      else add(form.text, terminalOf(entry.id, form.sense));
    for (const context of entry.negativeContexts ?? []) add(context, negativeTerminalOf(entry.id), true);
    if (i % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
  }
  for (const [i, [root, words, entryId]] of later.entries()) {
    insert(root, words, entryId);
    if (i % (ENTRIES_PER_STEP * 8) === ENTRIES_PER_STEP * 8 - 1) yield;
  }
  yield;
  const terminals: string[] = [];
  const numbers = new Map<string, number>();
  const terminalIndex = (terminal: string) => {
    let index = numbers.get(terminal);
    if (index === undefined) numbers.set(terminal, (index = terminals.push(terminal) - 1));
    return index;
  };
  const candidates = candidateSource([folded, exact], leadsToForm);
  return {
    folded: charTrieOf(folded, terminalIndex),
    exact: charTrieOf(exact, terminalIndex),
    terminals,
    candidates,
    anywhere: anywhereSource(candidates),
    negativeLeads: negativeLeadsOf(entries),
    spellings: countTerminals(folded) + countTerminals(exact),
    conflicts,
    urgent: entries.filter((entry) => entry.isUrgent).map((entry) => entry.id),
    symptoms: entries.filter((entry) => entry.isSymptom).map((entry) => entry.id),
    bodily: entries.filter((entry) => entry.isBodily).map((entry) => entry.id),
    conditions: entries.filter((entry) => entry.isCondition).map((entry) => entry.id),
    legOnly: entries.filter((entry) => entry.isLegOnly).map((entry) => entry.id),
    animalWords: anchors.otherSenses.filter((word) => !/[\s\u00a0-]/.test(word) && !PET.test(word)),
    anchors: anchorTrieOf(anchorPhrasesOf(anchors)),
  };
}

/** Does a form (not only negative contexts) end somewhere below this node? */
function leadsToForm(node: TrieNode): boolean {
  if (typeof node.entryId === 'string' && !isNegativeTerminal(node.entryId)) return true;
  for (const child of node.next?.values() ?? []) if (leadsToForm(child)) return true;
  return false;
}

/** Per entry with negative contexts, its longest in words, less one, at most `MAX_NEGATIVE_LEAD`. */
const MAX_NEGATIVE_LEAD = 5;
function negativeLeadsOf(entries: readonly MatcherEntry[]): Record<string, number> {
  const leads: Record<string, number> = {};
  for (const entry of entries)
    for (const context of entry.negativeContexts ?? []) {
      const lead = Math.min(wordsOf(context, isCaseSensitiveForm(context)).length - 1, MAX_NEGATIVE_LEAD);
      leads[entry.id] = Math.max(leads[entry.id] ?? 0, lead);
    }
  return leads;
}

/** What compiling produces, before the search functions are made from it (see compiled-tries.ts). */
export interface CompiledTries {
  /** Forms matched case-insensitively (stored in lower case). */
  folded: CharTrie;
  /** All-capital forms, matched as written. */
  exact: CharTrie;
  /** What a trie node's `terminal` points at: a form's or a negative context's entry and sense (terminals.ts). */
  terminals: string[];
  /** Source of the expression that proposes where a form may start (candidates.ts). */
  candidates: string;
  /**
   * The same without its word-start condition (`anywhereSource`), for `mayMatch` (relaxed-walk.ts):
   * made when compiling, so the bundled tries carry it. It was made in the first slice of every
   * page: 0.6–0.7 ms cold in Node 22 (5 fresh processes), two thirds of `relaxedWalkOf`'s time
   * there, which took 1.8 ms in a page (Chromium 156, load average 7.5, a lab build with a mark
   * before and after, `node tests/bench/first-paint-parts.ts DIR`).
   */
  anywhere: string;
  /**
   * Per entry, how many words before its form a negative context may start: the matcher looks that
   * far back from each of the entry's forms for a negative context of it that covers the form. An
   * entry without negative contexts is not there: its forms need no look back (on the 600-post bench
   * thread, 8,000 of 18,000 looks back were for such entries).
   */
  negativeLeads: Record<string, number>;
  spellings: number;
  conflicts: string[];
  /** Ids of the entries that are emergency signs, of the symptoms, and of a body's parts and states. */
  urgent: string[];
  symptoms: string[];
  bodily: string[];
  /** Ids of the conditions: a pet's or a vet's patient's where the sentence names one and no person (animal-owner.ts). */
  conditions: string[];
  /** Ids of the entries whose cards are the leg's only: another region named beside them is their place (other-region.ts). */
  legOnly: string[];
  /**
   * The one-word words of `otherSenses` that are not pets: they name an animal, its meat, or its farm
   * or kitchen. A block that holds none reads no sentence for the animal rule (other-sense-uses.ts).
   */
  animalWords: string[];
  /** The phrases that anchor a weak form, or cancel its body anchors (anchor-tries.ts). */
  anchors: CharTrie;
}
