import calfMuscle from '../../glossary/calf-muscle.json';
import type { GlossaryPack } from './schema.ts';

/**
 * The packs that ship inside the extension. They are validated against the schema on every build
 * (wxt.config.ts) and in the unit tests, so the extension does not carry zod to re-check them.
 */
export const BUNDLED_PACKS: readonly GlossaryPack[] = [
  // JSON imports type `category` as plain string; the build-time check is what proves the shape.
  calfMuscle as unknown as GlossaryPack,
];
