import { storage } from 'wxt/utils/storage';
import { OCCURRENCE_POLICIES, type OccurrencePolicy } from '../page/occurrence-policy.ts';

/** Whether Termlight marks terms on pages at all. @default true */
export const markingEnabled = storage.defineItem<boolean>('local:markingEnabled', { fallback: true, version: 1 });

/** Which occurrences of a term are marked. @default 'all' */
export const occurrencePolicy = storage.defineItem<OccurrencePolicy>('local:occurrencePolicy', {
  fallback: 'all',
  version: 1,
});

/** The stored policy, or the default if storage holds something else (an old or edited value). */
export async function readOccurrencePolicy(): Promise<OccurrencePolicy> {
  const value = await occurrencePolicy.getValue();
  return OCCURRENCE_POLICIES.includes(value) ? value : occurrencePolicy.fallback;
}

/** Every setting back to its default. */
export async function resetSettings(): Promise<void> {
  await Promise.all([markingEnabled.removeValue(), occurrencePolicy.removeValue()]);
}
