import { storage } from 'wxt/utils/storage';
import type { OccurrencePolicy } from '../page/occurrence-policy.ts';

/** Whether Termlight marks terms on pages at all. @default true */
export const markingEnabled = storage.defineItem<boolean>('local:markingEnabled', { fallback: true, version: 1 });

/** Which occurrences of a term are marked. @default 'all' */
export const occurrencePolicy = storage.defineItem<OccurrencePolicy>('local:occurrencePolicy', {
  fallback: 'all',
  version: 1,
});
