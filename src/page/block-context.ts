import type { Match, Matcher } from '../matcher/matcher.ts';
import { createEarlierContext } from './earlier-blocks.ts';
import { createElementTexts } from './element-texts.ts';
import { createHeadingContext } from './post-heading.ts';
import { createSectionContext } from './section-context.ts';

export interface BlockContext {
  /**
   * Matches a block's text with what the matcher may ask of the page around it (`Matcher.match`),
   * and the entries the page has shown in their sense (`shown`, page-entries.ts).
   */
  match(text: string, first: Text | undefined, root: Node, shown?: ReadonlySet<string>): Match[];
  /** Forgets every heading, lead-in and earlier text read so far: the page may have changed. */
  forget(): void;
}

/**
 * The page around a block that its sense may take (docs/sense.md): its section's heading or lead-in
 * (section-context.ts), the blocks before it in its post (earlier-blocks.ts) and the heading that
 * post opens with (post-heading.ts). The three are made, asked and forgotten together, so one
 * module owns them and the engine cannot forget one of them after a change.
 */
export function createBlockContext(matcher: Matcher): BlockContext {
  const sections = createSectionContext(matcher);
  // One cache of elements' texts for both look backs: they read the same posts.
  const texts = createElementTexts();
  const earlier = createEarlierContext(texts);
  const headings = createHeadingContext(texts);
  return {
    match: (text, first, root, shown) =>
      matcher.match(text, sections.of(first, text, root), earlier.of(first, root), headings.of(first, root), shown),
    forget() {
      sections.forget();
      earlier.forget();
      headings.forget();
    },
  };
}
