import type { GlossaryIndex } from '../glossary/glossary-index.ts';
import { renderEntryCard } from '../ui/entry-card.ts';

export interface EntryViewParts {
  /** The view itself, hidden while the lists show. */
  view: HTMLElement;
  back: HTMLButtonElement;
  card: HTMLElement;
  /** What the view replaces (search, "On this page", the reference). */
  lists: readonly HTMLElement[];
}

/**
 * One entry in full: everything the tooltip shows, expanded. Related entries open in place;
 * "Back" (or Esc) returns to the lists and to the control that opened the entry.
 */
export function createEntryView(parts: EntryViewParts, glossary: GlossaryIndex) {
  const { view, back, card, lists } = parts;
  const doc = view.ownerDocument;
  let returnTo: Element | null = null;

  const open = (id: string) => {
    const ref = glossary.get(id);
    if (!ref) return false;
    if (view.hidden) returnTo = doc.activeElement;
    card.replaceChildren(renderEntryCard(doc, glossary, ref, { isExpanded: true, onRelated: open }));
    for (const list of lists) list.hidden = true;
    view.hidden = false;
    card.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1');
    card.querySelector<HTMLElement>('h2')?.focus();
    return true;
  };
  const close = () => {
    view.hidden = true;
    for (const list of lists) list.hidden = false;
    if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    returnTo = null;
  };
  back.addEventListener('click', close);
  view.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  });
  return { open, close };
}
