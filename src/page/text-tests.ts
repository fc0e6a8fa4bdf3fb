import type { EarlierBlocks, Matcher, SectionAnchor } from '../matcher/matcher.ts';
import { MAX_SHORT_BLOCK } from './section-context.ts';

/** What the sieve (subtree-sieve.ts) asks of a text read whole from the page. */
export interface TextTests {
  /**
   * Can a form be read in this text, word boundaries or not, beginning in `[from, to)` (all of it
   * by default; `Matcher.mayMatch`)? False only for text in which no block can hold a term that
   * begins there, however the page's elements split it.
   */
  mayHold(text: string, from?: number, to?: number): boolean;
  /**
   * Does this text, read as one block, hold a term? A short block is asked as if its section
   * anchored it ("Swelling" under "Signs of DVT"), and every block as if the post had named the
   * writer's leg just before ("Still some swelling" after "My calf is sore"): the walker asks the
   * page for real. True too for a relaxed form that waits for the page's own health signal, and for
   * a weak form left unanchored that the page's marks may show in its sense later: the engine must
   * see the block to match it again once the page shows it (page-health.ts, page-entries.ts).
   */
  holds(text: string): boolean;
  /** Are terms so frequent that walking all of it costs less than looking for where they are? */
  isDense(text: string): boolean;
}

/** Below this length a text is never called dense: looking inside costs little. */
const DENSE_MIN_CHARS = 20_000;
/** Characters sampled at the start, middle and end of a long text for its density. */
const SAMPLE_CHARS = 4_000;
/**
 * Matches in the three samples that make a text dense: one per 1,000 characters. A forum thread
 * about the topic has about one per 50; a news page about something else, none or a few.
 */
const DENSE_MATCHES = 12;

const IF_ANCHORED: SectionAnchor = () => true;
/** Earlier blocks that anchor whatever the rules reading them can take (earlier-blocks.ts). */
const IF_NAMED_BEFORE: EarlierBlocks = () => 'I hurt my calf.';

/** The tests, asked of the matcher (a lazy matcher compiles when first asked). */
export function textTestsOf(matcher: Matcher): TextTests {
  return {
    mayHold: (text, from, to) => matcher.mayMatch(text, from, to),
    holds: (text) =>
      matcher.match(text, text.length <= MAX_SHORT_BLOCK ? IF_ANCHORED : undefined, IF_NAMED_BEFORE).length > 0 ||
      matcher.isWaitingForHealthPage ||
      matcher.lastLeft.length > 0,
    isDense(text) {
      if (text.length < DENSE_MIN_CHARS) return false;
      const middle = (text.length - SAMPLE_CHARS) >> 1;
      const found =
        matcher.match(text.slice(0, SAMPLE_CHARS)).length +
        matcher.match(text.slice(middle, middle + SAMPLE_CHARS)).length +
        matcher.match(text.slice(-SAMPLE_CHARS)).length;
      return found >= DENSE_MATCHES;
    },
  };
}
