import { NO_ANCHOR_WORDS, type AnchorWords } from './anchor-words.ts';
import { compileMatcherSteps } from './compile-matcher.ts';
import type { Matcher, MatcherEntry, PageSense } from './matcher.ts';
import { matcherFromTries } from './run-matcher.ts';
import { restoreTries, type SerializedTries } from './compiled-tries.ts';

/** A matcher made on first use, or a step at a time through `prepare` (within the caller's slices). */
function lazyFrom(makeSteps: () => Generator<void, Matcher>): Matcher {
  let matcher: Matcher | undefined;
  let steps: Generator<void, Matcher> | undefined;
  const step = () => {
    steps ??= makeSteps();
    const next = steps.next();
    if (next.done) matcher = next.value;
  };
  const compiled = () => {
    while (!matcher) step();
    return matcher;
  };
  return {
    match: (text, section, earlier, heading, shown) => compiled().match(text, section, earlier, heading, shown),
    isSectionAnchor: (text) => compiled().isSectionAnchor(text),
    // Compiles first, as `match` does: an answer of true before then would send the page's sieve
    // down every subtree. The engine prepares the matcher in slices before it reads any text.
    mayMatch: (text, from, to) => compiled().mayMatch(text, from, to),
    raiseHealthPage: () => compiled().raiseHealthPage(),
    // No match yet before it is compiled, so none waits.
    get isWaitingForHealthPage() {
      return matcher?.isWaitingForHealthPage ?? false;
    },
    get lastShown() {
      return matcher?.lastShown ?? [];
    },
    get lastLeft() {
      return matcher?.lastLeft ?? [];
    },
    get spellings() {
      return compiled().spellings;
    },
    get conflicts() {
      return compiled().conflicts;
    },
    get candidates() {
      return compiled().candidates;
    },
    prepare(deadline) {
      while (!matcher && performance.now() < deadline) step();
      return matcher !== undefined;
    },
  };
}

/**
 * A matcher compiled from entries on first use. Content scripts run in every frame, and most ad
 * and `about:blank` frames hold no text: they never pay the compile.
 */
export const lazyMatcher = (
  entries: () => readonly MatcherEntry[],
  anchors: () => AnchorWords = () => NO_ANCHOR_WORDS,
  page: PageSense = {},
): Matcher => lazyFrom(() => compileMatcherSteps(entries(), anchors(), page));

/** A matcher restored from precompiled tries on first use (compiled-tries.ts). */
export const lazyRestoredMatcher = (tries: () => SerializedTries, page: PageSense = {}): Matcher =>
  // eslint-disable-next-line require-yield -- one step: restoring takes about a millisecond
  lazyFrom(function* () {
    return matcherFromTries(restoreTries(tries()), page);
  });
