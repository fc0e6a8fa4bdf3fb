/** Milliseconds the pointer rests on a term before its tooltip opens, unless the reader set it. */
export const HOVER_DELAY_MS = 300;

/** The delays the options page offers and the settings accept. */
export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;
