/**
 * What a step of a walk reports when it has no block to hand out: `WORKED` after a chunk of other
 * work (native queries, a look for shadow roots), so the caller can check its time budget and ask
 * again; `DONE` when nothing is left.
 */
export const WORKED = Object.freeze({ kind: 'worked' as const });
export const DONE = Object.freeze({ kind: 'done' as const });

export type WalkProgress = typeof WORKED | typeof DONE;
