import { compileMatcherSteps, matcherFromTries, type Matcher, type MatcherEntry } from './compile-matcher.ts';
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
    match: (text) => compiled().match(text),
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
export const lazyMatcher = (entries: () => readonly MatcherEntry[]): Matcher =>
  lazyFrom(() => compileMatcherSteps(entries()));

/** A matcher restored from precompiled tries on first use (compiled-tries.ts). */
export const lazyRestoredMatcher = (tries: () => SerializedTries): Matcher =>
  // eslint-disable-next-line require-yield -- one step: restoring takes about a millisecond
  lazyFrom(function* () {
    return matcherFromTries(restoreTries(tries()));
  });
