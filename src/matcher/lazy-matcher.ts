import { compileMatcher, type Matcher, type MatcherEntry } from './compile-matcher.ts';

/**
 * A matcher compiled on its first use. Content scripts run in every frame, and most ad and
 * `about:blank` frames hold no text: they never pay the ~15 ms compile (cold, in a content script).
 */
export function lazyMatcher(entries: () => readonly MatcherEntry[]): Matcher {
  let matcher: Matcher | undefined;
  const compiled = () => (matcher ??= compileMatcher(entries()));
  return {
    match: (text) => compiled().match(text),
    get spellings() {
      return compiled().spellings;
    },
    get conflicts() {
      return compiled().conflicts;
    },
  };
}
