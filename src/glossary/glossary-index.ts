import type { GlossaryEntry, GlossaryPack, GlossarySection } from './schema.ts';

/** One entry with the pack it belongs to; `id` is the matcher's `pack/entry`. */
export interface EntryRef {
  id: string;
  pack: GlossaryPack;
  entry: GlossaryEntry;
  section: GlossarySection | undefined;
}

export interface GlossaryIndex {
  get(id: string): EntryRef | undefined;
  /** The entries an entry lists as related, in its order (ids are local to its pack). */
  related(ref: EntryRef): EntryRef[];
  readonly packs: readonly GlossaryPack[];
}

/** Entry id as the matcher, the page index and messages know it. */
export const qualifiedId = (pack: GlossaryPack, entry: GlossaryEntry) => `${pack.id}/${entry.id}`;

/** Looks entries up by `pack/entry` id: the tooltip, the popup and the lookup share it. */
export function createGlossaryIndex(packs: readonly GlossaryPack[]): GlossaryIndex {
  const refs = new Map<string, EntryRef>();
  for (const pack of packs) {
    for (const entry of pack.entries) {
      const section = pack.source.sections.find(({ id }) => id === entry.section);
      refs.set(qualifiedId(pack, entry), { id: qualifiedId(pack, entry), pack, entry, section });
    }
  }
  return {
    packs,
    get: (id) => refs.get(id),
    related: (ref) => ref.entry.related.flatMap((id) => refs.get(`${ref.pack.id}/${id}`) ?? []),
  };
}
