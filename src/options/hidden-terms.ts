import { createGlossaryIndex } from '../glossary/glossary-index.ts';
import type { GlossaryPack } from '../glossary/schema.ts';
import { hiddenEntries, setEntryMarked } from '../settings/items.ts';
import { button, element } from '../ui/element.ts';

export interface HiddenTermsParts {
  list: HTMLUListElement;
  /** Says which term is marked again (a live region). */
  message: HTMLElement;
  /** Where focus goes when the last term leaves the list (focusable with tabindex -1). */
  heading: HTMLElement;
}

/**
 * The terms the reader chose not to mark ("Don't mark this term" in the tooltip), each with
 * "Mark again" (the undo). `readPacks` gives every pack, so entries of a pack switched off still
 * show by name; an entry whose pack was removed shows its id, so it can still be cleared.
 */
export function bindHiddenTerms(parts: HiddenTermsParts, readPacks: () => Promise<GlossaryPack[]>): () => void {
  const { list, message, heading } = parts;
  const doc = list.ownerDocument;
  let focusAt: number | undefined;

  const show = async (ids: readonly string[]) => {
    const glossary = createGlossaryIndex(await readPacks());
    list.replaceChildren(
      ...ids.map((id, i) => {
        const ref = glossary.get(id);
        const term = ref?.entry.term ?? id;
        const item = element(doc, 'li', 'site');
        const undo = button(doc, undefined, 'Mark again', () => {
          focusAt = i;
          message.textContent = `“${term}” is marked on pages again.`;
          void setEntryMarked(id, true);
        });
        // WCAG 2.5.3 label in name: the accessible name starts with the visible text.
        undo.setAttribute('aria-label', `Mark again: “${term}”`);
        item.append(element(doc, 'span', undefined, ref ? `${term} (${ref.pack.title})` : term), undo);
        return item;
      }),
    );
    if (ids.length === 0) list.append(element(doc, 'li', 'hint', 'None: every term is marked.'));
    if (focusAt === undefined) return;
    // The pressed button is gone: focus its neighbour, or the heading once the list is empty.
    const buttons = list.querySelectorAll('button');
    (buttons[Math.min(focusAt, buttons.length - 1)] ?? heading).focus();
    focusAt = undefined;
  };
  void hiddenEntries.getValue().then(show);
  return hiddenEntries.watch((ids) => void show(ids ?? []));
}
