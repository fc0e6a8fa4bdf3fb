import { importPack } from '../glossary/import-pack.ts';
import type { GlossaryPack } from '../glossary/schema.ts';
import { describeImportFailure, describeReadFailure } from './import-failure.ts';

export interface ImportFormParts {
  input: HTMLInputElement;
  /** Where the outcome is announced (a live region). */
  message: HTMLElement;
}

/**
 * Imports the chosen file. Nothing is stored unless the whole file is valid; a bad file's
 * problems are listed as text, naming the line or field, and every existing pack stays as it was.
 * A file that cannot be read or a save that storage refuses (quota) is said too, with its cause.
 */
export function bindImportForm(
  parts: ImportFormParts,
  bundledIds: ReadonlySet<string>,
  save: (pack: GlossaryPack) => Promise<void>,
) {
  const { input, message } = parts;
  const doc = input.ownerDocument;
  const say = (className: string, lines: readonly string[]) => {
    message.className = className;
    const list = doc.createElement('ul');
    list.append(
      ...lines.map((line) => {
        const item = doc.createElement('li');
        item.textContent = line;
        return item;
      }),
    );
    message.replaceChildren(list);
  };
  const importFile = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      return say('import-message import-message--error', describeReadFailure(file.name, error));
    }
    const result = importPack(file.name, text, bundledIds);
    if (!result.ok) {
      const shown = result.errors.slice(0, 20);
      const more = result.errors.length - shown.length;
      say('import-message import-message--error', [
        `“${file.name}” was not imported; nothing has changed.`,
        ...shown,
        ...(more > 0 ? [`…and ${more} more.`] : []),
      ]);
      return;
    }
    try {
      await save(result.pack);
    } catch (error) {
      return say('import-message import-message--error', describeImportFailure(file.name, error));
    }
    say('import-message', [`Imported “${result.pack.title}”: ${result.pack.entries.length} entries.`]);
  };
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    // Cleared at once, so choosing the same file again (after freeing space) imports it again.
    input.value = '';
    void importFile(file);
  });
}

/** Saves a pack as a JSON file through the browser's download (no network involved). */
export function downloadPack(doc: Document, pack: GlossaryPack): void {
  const blob = new Blob([`${JSON.stringify(pack, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = `${pack.id}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
