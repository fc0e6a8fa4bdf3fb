// zod/mini: the content script runs in every frame of every page, so it carries the small build.
import * as z from 'zod/mini';

/**
 * A schema built on first use. Building these at the module's top level took 2.2–4.0 ms of the
 * content script's evaluation on every page and frame, where most never get a message
 * (docs/performance.md, "The bundle's evaluation"; rerun: node tests/bench/evaluation-parts.ts DIR).
 */
function builtOnFirstUse<T>(build: () => T): () => T {
  let schema: T | undefined;
  return () => (schema ??= build());
}

const entryId = builtOnFirstUse(() =>
  z.string().check(z.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be a "pack/entry" id')),
);

/** Messages the popup and background send to a tab's content script. */
export const toContentSchema = builtOnFirstUse(() =>
  z.discriminatedUnion('type', [
    /** Which terms are marked on this page, and where the page is from (for the site switch). */
    z.strictObject({ type: z.literal('get-page-terms') }),
    /** Next/previous term, of any entry or of one ("Show" in the popup's "On this page"). */
    z.strictObject({
      type: z.literal('step-term'),
      direction: z.enum(['next', 'previous']),
      entryId: z.optional(entryId()),
    }),
    /** Context menu: look the selected text up. */
    z.strictObject({ type: z.literal('lookup'), text: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)) }),
  ]),
);

/** Messages a content script sends to the background. */
export const toBackgroundSchema = builtOnFirstUse(() =>
  z.discriminatedUnion('type', [
    /** "Open in reference" in a tooltip: the background opens the reference page at the entry. */
    z.strictObject({ type: z.literal('open-reference'), entryId: entryId() }),
  ]),
);

export type ToContent = z.infer<ReturnType<typeof toContentSchema>>;
export type ToBackground = z.infer<ReturnType<typeof toBackgroundSchema>>;

export const pageTermsSchema = builtOnFirstUse(() =>
  z.strictObject({
    host: z.string(),
    terms: z.array(z.strictObject({ entryId: entryId(), count: z.int().check(z.minimum(1)) })),
  }),
);
/** The content script's answer to `get-page-terms`. */
export type PageTerms = z.infer<ReturnType<typeof pageTermsSchema>>;

/** Answer to `step-term`: was there a term to move to? Nothing parses it (the sender ignores it). */
export interface StepResult {
  found: boolean;
}

/**
 * Checks a message on arrival. Anything that does not parse is dropped: a page (or another
 * extension) cannot make us act on a message we did not define.
 */
export function parseMessage<T>(schema: z.ZodMiniType<T>, raw: unknown): T | undefined {
  const result = schema.safeParse(raw);
  return result.success ? result.data : undefined;
}
