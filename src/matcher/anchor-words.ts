/** The word lists a pack gives to anchor weak forms (the glossary's `senseAnchors`; docs/sense.md). */
export interface AnchorWords {
  lowerLimb: readonly string[];
  body: readonly string[];
  framed: readonly string[];
  framesBefore: readonly string[];
  framesAfter: readonly string[];
  symptoms: readonly string[];
  paired: readonly string[];
  otherSenses: readonly string[];
  relaxed: readonly string[];
  exercise: readonly string[];
}

export const NO_ANCHOR_WORDS: AnchorWords = {
  lowerLimb: [],
  body: [],
  framed: [],
  framesBefore: [],
  framesAfter: [],
  symptoms: [],
  paired: [],
  otherSenses: [],
  relaxed: [],
  exercise: [],
};

/** Merges the word lists of several packs. */
export function mergeAnchorWords(lists: readonly Partial<AnchorWords>[]): AnchorWords {
  const merged = { ...NO_ANCHOR_WORDS };
  for (const key of Object.keys(NO_ANCHOR_WORDS) as (keyof AnchorWords)[])
    merged[key] = [...new Set(lists.flatMap((list) => list[key] ?? []))];
  return merged;
}
