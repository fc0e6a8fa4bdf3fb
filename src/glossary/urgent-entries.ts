import { qualifiedId } from './glossary-index.ts';
import type { GlossaryPack } from './schema.ts';

/** Ids (`pack/entry`) of the entries that are emergency signs. */
export function urgentEntryIds(packs: readonly GlossaryPack[]): Set<string> {
  return new Set(
    packs.flatMap((pack) => pack.entries.filter((entry) => entry.urgent).map((e) => qualifiedId(pack, e))),
  );
}
