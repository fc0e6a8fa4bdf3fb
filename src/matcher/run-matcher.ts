import { applySense, type RawMatch } from './apply-sense.ts';
import { isInsideWord } from './candidates.ts';
import { withEarlierBlocks } from './earlier-blocks.ts';
import { APOSTROPHE, foldCase, IGNORABLE, kindOf, SURROGATE, WORD } from './char-kind.ts';
import { childOf, GAP_EDGE, NO_TERMINAL, walkAstral, type CharTrie } from './char-trie.ts';
import type { CompiledTries } from './compile-matcher.ts';
import type { Matcher, PageSense } from './matcher.ts';
import { relaxedWalkOf } from './relaxed-walk.ts';
import { isLegHeadingText } from './heading-leg.ts';
import { isSectionAnchorText } from './section-anchor.ts';
import { senseContextOf } from './sense-context.ts';
import { hasRelaxedLeft } from './health-wait.ts';
import { parseTerminal } from './terminals.ts';
import { isWordAt, nextWordStart, previousWordStart, wordEnd } from './token-scanner.ts';
import { withoutVerbUses } from './verb-uses.ts';
import { withClotPlaceColour, withoutPlacedClots } from './clot-place.ts';
import { withoutWornUses } from './worn-uses.ts';
import { withoutFitUses } from './fit-uses.ts';
import { withoutLegOutings } from './legs-outing.ts';
import { withoutJointStiffness } from './joint-stiffness.ts';
import { withoutTissueStretches } from './tissue-stretch.ts';
import { withoutMotionStretches } from './motion-stretch.ts';
import { withoutPeriodCramps } from './period-post.ts';
import { withoutThingStretches } from './thing-stretch.ts';
import { withoutGarmentLengths } from './garment-length.ts';
import { withoutThingFlexibility } from './thing-flexibility.ts';
import { withoutJointWeakness } from './joint-weakness.ts';
import { withoutTeamWeakness } from './team-weakness.ts';
import { withoutPainHeat } from './pain-heat.ts';
import { withoutCrampKnots } from './cramp-knot.ts';
import { withoutPlacedCramps } from './cramp-place.ts';
import { withoutNumbingActs } from './numbing-act.ts';

/**
 * Uses in a sense no card explains, each dropped before the sense rules so it neither marks nor
 * anchors: a worn thing, fit talk, a joint's stiffness or weakness, a pain's heat, a cramp's knot or
 * place, numbing as an act, a thing's flexibility, a garment's length, a legs' outing, a tissue's, a
 * reach's or a thing's stretch. In this order: each reads what the ones before left.
 */
const OTHER_SENSES: readonly ((text: string, matches: RawMatch[]) => RawMatch[])[] = [
  withoutWornUses,
  withoutFitUses,
  withoutJointStiffness,
  withoutJointWeakness,
  withoutTeamWeakness,
  withoutPainHeat,
  withoutCrampKnots,
  withoutPlacedCramps,
  withoutNumbingActs,
  withoutThingFlexibility,
  withoutGarmentLengths,
  withoutLegOutings,
  withoutTissueStretches,
  withoutMotionStretches,
  withoutThingStretches,
];

/** The matcher over compiled tries. */
export function matcherFromTries(tries: CompiledTries, page: PageSense = {}): Matcher {
  const { folded, exact, candidates: source, spellings, conflicts } = tries;
  const terminals = tries.terminals.map(parseTerminal);
  // How far back from a form of each terminal's entry a negative context of it may start.
  const leads = terminals.map((terminal) => tries.negativeLeads[terminal.entryId] ?? 0);
  const sense = senseContextOf(tries, page);
  // Spans of negative contexts found by the last `match`: no body frame is read inside them.
  let negatives: { start: number; end: number; entryId: string }[] = [];
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
  // Did the last `match` leave a relaxed form that the page's health signal may mark?
  let isWaitingForHealthPage = false;
  let lastHeading = '';
  let isLastLeg = false;

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
  return {
    spellings,
    conflicts,
    candidates: source,
    mayMatch: relaxedWalkOf(tries),
    match(text, section, asked, headingAsked) {
      isWaitingForHealthPage = false;
      const block = readRaw(text);
      const { raw } = block;
      if (raw.length === 0) return [];
      // Several rules may read the blocks before; the page is asked once a block.
      const earlier = asked && onceOf(asked);
      const waiting: RawMatch[] | undefined = earlier || headingAsked ? [] : undefined;
      const kept = applySense(text, raw, negatives, sense, section, waiting);
      // The heading is judged after the block's own sentences: the finder reads one text at a time.
      const found = waiting?.length
        ? withEarlierBlocks(text, kept, waiting, block, earlier?.() ?? '', readRaw, sense, legHeading(headingAsked))
        : kept;
      isWaitingForHealthPage = !sense.isHealthPage && hasRelaxedLeft(raw, found);
      return withClotPlaceColour(text, withoutPeriodCramps(text, found, earlier), earlier);
    },
    raiseHealthPage() {
      sense.isHealthPage = true;
    },
    get isWaitingForHealthPage() {
      return isWaitingForHealthPage;
    },
    isSectionAnchor(text) {
      const { raw } = readRaw(text);
      return isSectionAnchorText(text, raw, negatives, sense.anchors);
    },
  };

  /** The forms of `text` that no negative context takes and that are no verb ("will clot"), and those contexts' spans. */
  /**
   * The heading's text if it names the writer's leg (heading-leg.ts), else ''. A page's blocks
   * under one heading ask about the same text in turn: the last verdict is kept.
   */
  function legHeading(ask: (() => string) | undefined): string {
    const heading = ask?.() ?? '';
    if (heading !== lastHeading) {
      const { raw: found, negatives: spans } = readRaw(heading);
      lastHeading = heading;
      isLastLeg = heading.trim() !== '' && isLegHeadingText(heading, found, spans, sense.anchors);
    }
    return isLastLeg ? heading : '';
  }

  function readRaw(text: string) {
    negatives = [];
    const placed = withoutPlacedClots(text, withoutVerbUses(text, withoutNegated(findRaw(text), negatives)));
    const raw = OTHER_SENSES.reduce((matches, without) => without(text, matches), placed);
    return { raw, negatives };
  }

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

/** `ask`, called at most once: later calls return its first answer. */
function onceOf(ask: () => string): () => string {
  let answer: string | undefined;
  return () => (answer ??= ask());
}

/** The matches that no negative context of their own entry covers. */
function withoutNegated<T extends { start: number; end: number; entryId: string }>(
  matches: T[],
  negatives: readonly { start: number; end: number; entryId: string }[],
): T[] {
  if (negatives.length === 0) return matches;
  return matches.filter(
    (match) =>
      !negatives.some(
        (negative) => negative.entryId === match.entryId && match.start >= negative.start && match.end <= negative.end,
      ),
  );
}
