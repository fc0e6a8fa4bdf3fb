// Apart from the schema: the content script and settings need the list without carrying zod.
/** Kinds of entry; the popup groups and filters by them. */
export const CATEGORIES = [
  'anatomy',
  'movement',
  'condition',
  'symptom',
  'risk-factor',
  'prevention',
  'treatment',
  'test',
  'general',
] as const;

export type Category = (typeof CATEGORIES)[number];
