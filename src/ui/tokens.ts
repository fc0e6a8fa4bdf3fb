import tokensCss from './tokens.css?raw';

/** The tokens' stylesheet, for a shadow root (extension pages import tokens.css itself). */
export const TOKENS_CSS = tokensCss;

/**
 * A token's light-scheme value as tokens.css declares it (the first declaration is the light
 * one), so TypeScript constants that must match the stylesheet — the marks' default colours —
 * come from the same place. A missing token is a mistake in our code, so it throws.
 */
export function tokenValue(name: `--tl-${string}`): string {
  const value = new RegExp(`${name}:\\s*([^;]+);`).exec(tokensCss)?.[1]?.trim();
  if (value === undefined) throw new Error(`tokens.css declares no ${name}`);
  return value;
}

/** Default colour of the marks of entries that are not urgent. */
export const MARK_COLOR = tokenValue('--tl-mark');

/** The red of urgent marks: the emergency red of the extension's own pages and tooltip. */
export const URGENT_COLOR = tokenValue('--tl-urgent');
