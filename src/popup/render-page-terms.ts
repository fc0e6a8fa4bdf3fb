import type { GlossaryIndex } from '../glossary/glossary-index.ts';
import type { PageTerms } from '../messaging/messages.ts';
import { element, linkButton } from '../ui/element.ts';

/**
 * "On this page": the terms marked in the reader's tab, most frequent first, each with a "Show"
 * button that scrolls the page to its next occurrence and opens the tooltip. `terms` is undefined
 * when Termlight cannot run on the page (a browser page, an extension store).
 */
export function renderPageTerms(
  doc: Document,
  glossary: GlossaryIndex,
  terms: PageTerms | undefined,
  onShow: (entryId: string) => void,
): HTMLElement {
  if (!terms) return note(doc, 'Termlight cannot read this page (browser pages and extension stores are off limits).');
  const found = terms.terms
    .flatMap(({ entryId, count }) => {
      const ref = glossary.get(entryId);
      return ref ? [{ ref, count }] : [];
    })
    .sort((a, b) => b.count - a.count || a.ref.entry.term.localeCompare(b.ref.entry.term));
  if (found.length === 0) return note(doc, 'No glossary terms are marked on this page.');
  const list = element(doc, 'ul', 'page-terms');
  for (const { ref, count } of found) {
    const item = element(doc, 'li', ref.entry.urgent ? 'page-term page-term--urgent' : 'page-term');
    item.append(
      element(doc, 'span', 'page-term__term', ref.entry.term),
      element(doc, 'span', 'page-term__count', count === 1 ? '1 time' : `${count} times`),
      linkButton(doc, 'page-term__show', 'Show', () => onShow(ref.id), `Show “${ref.entry.term}” on the page`),
    );
    list.append(item);
  }
  return list;
}

const note = (doc: Document, text: string): HTMLElement => element(doc, 'p', 'page-terms__empty', text);
