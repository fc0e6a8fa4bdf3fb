import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The source article the benchmark's forum pages are built from. It is not in the repo (the pack is
 * written from it in our own words); developers and CI have it beside the checkout, or name it with
 * `TERMLIGHT_ARTICLE=path`. Only the benchmark needs it: builds and tests do not.
 */
export function benchArticlePath(): string {
  const path =
    process.env.TERMLIGHT_ARTICLE ?? fileURLToPath(new URL('../../../shared/seed/calf-muscle.txt', import.meta.url));
  if (!existsSync(path))
    throw new Error(
      `the benchmark builds its forum pages from the source article, not found at ${path}: set TERMLIGHT_ARTICLE to its path`,
    );
  return path;
}
