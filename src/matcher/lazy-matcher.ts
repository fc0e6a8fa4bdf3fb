import { compileMatcherSteps, type Matcher, type MatcherEntry } from './compile-matcher.ts';

/**
 * A matcher compiled on its first use, or a step at a time through `prepare`. Content scripts run
 * in every frame, and most ad and `about:blank` frames hold no text: they never pay the compile.
 */
export function lazyMatcher(entries: () => readonly MatcherEntry[]): Matcher {
  let matcher: Matcher | undefined;
  let steps: Generator<void, Matcher> | undefined;
  const step = () => {
    steps ??= compileMatcherSteps(entries());
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
    prepare(deadline) {
      while (!matcher && performance.now() < deadline) step();
      return matcher !== undefined;
    },
  };
}
