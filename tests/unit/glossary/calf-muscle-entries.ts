import calfMuscle from '../../../glossary/calf-muscle.json';
import type { GlossaryEntry } from '../../../src/glossary/schema.ts';
import { validatePack } from '../../../src/glossary/validate-pack.ts';

const result = validatePack(calfMuscle);
if (!result.ok) throw new Error(`calf-muscle.json is invalid:\n${result.errors.join('\n')}`);

/** The bundled pack, validated, for the tests that read its text like a clinician would. */
export const pack = result.pack;

/** One entry by id; a missing id fails the test that asked for it. */
export function entry(id: string): GlossaryEntry {
  const found = pack.entries.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`calf-muscle.json has no entry "${id}"`);
  return found;
}

/** Everything a reader sees of an entry's own text: short, long and when to get help. */
export const textOf = (of: GlossaryEntry) => [of.short, of.long ?? '', of.urgent?.whenToGetHelp ?? ''].join(' ');

/** The sentences of a text: split after ., ! or ? followed by a space. */
export const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence !== '');
