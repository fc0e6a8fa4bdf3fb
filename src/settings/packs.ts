import { storage } from 'wxt/utils/storage';
import { BUNDLED_PACKS } from '../glossary/bundled-packs.ts';
import type { GlossaryPack } from '../glossary/schema.ts';

/** Packs the reader imported, each validated whole before it was stored. @default [] */
export const importedPacks = storage.defineItem<GlossaryPack[]>('local:importedPacks', { fallback: [], version: 1 });

/** Ids of packs (bundled or imported) switched off. @default [] */
export const disabledPacks = storage.defineItem<string[]>('local:disabledPacks', { fallback: [], version: 1 });

/**
 * A cheap check of a stored pack's shape. Imports were validated in full before they were stored;
 * this guards the content script (which does not carry the full schema) against storage edited
 * by hand.
 */
function isUsable(pack: unknown): pack is GlossaryPack {
  const candidate = pack as Partial<GlossaryPack> | null;
  return (
    typeof candidate?.id === 'string' &&
    Array.isArray(candidate.entries) &&
    Array.isArray(candidate.source?.sections) &&
    candidate.entries.every(
      (entry) =>
        typeof entry?.id === 'string' &&
        typeof entry.term === 'string' &&
        typeof entry.short === 'string' &&
        Array.isArray(entry.aliases) &&
        Array.isArray(entry.abbreviations) &&
        Array.isArray(entry.related) &&
        (entry.negativeContexts === undefined || Array.isArray(entry.negativeContexts)),
    )
  );
}

/** Bundled packs, then imported ones. */
export async function readAllPacks(): Promise<GlossaryPack[]> {
  return allPacksOf(await importedPacks.getValue());
}

const allPacksOf = (imported: unknown): GlossaryPack[] => [
  ...BUNDLED_PACKS,
  ...(Array.isArray(imported) ? imported.filter(isUsable) : []),
];

/** The packs whose terms are marked and searched. */
export async function readEnabledPacks(): Promise<GlossaryPack[]> {
  const [imported, disabled] = await Promise.all([importedPacks.getValue(), disabledPacks.getValue()]);
  return enabledPacksOf(imported, disabled);
}

/** The enabled packs from the stored values of `importedPacks` and `disabledPacks`. */
export function enabledPacksOf(imported: unknown, disabled: readonly string[]): GlossaryPack[] {
  return allPacksOf(imported).filter((pack) => !disabled.includes(pack.id));
}

/**
 * Stores a validated pack, replacing an imported pack of the same id. One `setValue`: the
 * previous list stays exactly as it was unless the whole new list is written.
 */
export async function saveImportedPack(pack: GlossaryPack): Promise<void> {
  const current = await importedPacks.getValue();
  await importedPacks.setValue([...current.filter((each) => each.id !== pack.id), pack]);
}

export async function removeImportedPack(id: string): Promise<void> {
  await importedPacks.setValue((await importedPacks.getValue()).filter((pack) => pack.id !== id));
  await disabledPacks.setValue((await disabledPacks.getValue()).filter((each) => each !== id));
}

export async function setPackEnabled(id: string, isEnabled: boolean): Promise<void> {
  const others = (await disabledPacks.getValue()).filter((each) => each !== id);
  await disabledPacks.setValue(isEnabled ? others : [...others, id]);
}
