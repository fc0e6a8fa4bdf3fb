import type { GlossaryPack } from './schema.ts';

/** One line naming where a pack's facts come from: `“Calf Muscle”, Cleveland Clinic, reviewed 2021-08-05`. */
export function describeSource(pack: GlossaryPack): string {
  const { title, publisher, reviewed } = pack.source;
  return [`“${title}”`, publisher, reviewed && `reviewed ${reviewed}`].filter(Boolean).join(', ');
}
