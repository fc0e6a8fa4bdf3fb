import type { GlossaryIndex } from '../glossary/glossary-index.ts';
import type { PageTerms } from '../messaging/messages.ts';

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
  const list = doc.createElement('ul');
  list.className = 'page-terms';
  for (const { ref, count } of found) {
    const item = doc.createElement('li');
    item.className = ref.entry.urgent ? 'page-term page-term--urgent' : 'page-term';
    const term = doc.createElement('span');
    term.className = 'page-term__term';
    term.textContent = ref.entry.term;
    const times = doc.createElement('span');
    times.className = 'page-term__count';
    times.textContent = count === 1 ? '1 time' : `${count} times`;
    const show = doc.createElement('button');
    show.type = 'button';
    show.className = 'page-term__show';
    show.textContent = 'Show';
    show.setAttribute('aria-label', `Show “${ref.entry.term}” on the page`);
    show.addEventListener('click', () => onShow(ref.id));
    item.append(term, times, show);
    list.append(item);
  }
  return list;
}

function note(doc: Document, text: string): HTMLElement {
  const paragraph = doc.createElement('p');
  paragraph.className = 'page-terms__empty';
  paragraph.textContent = text;
  return paragraph;
}
