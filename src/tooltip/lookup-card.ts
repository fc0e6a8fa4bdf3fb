import type { SearchHit } from '../glossary/search-glossary.ts';
import { element, linkButton } from '../ui/element.ts';

/**
 * The context-menu lookup found no entry for the selection: say so, and offer the closest
 * entries. `query` is page text, so it is set as text only.
 */
export function renderLookupMiss(
  doc: Document,
  query: string,
  closest: readonly SearchHit[],
  onPick: (id: string) => void,
): HTMLElement {
  const card = element(doc, 'article', 'tl-card');
  const key = `tl-miss-${Math.random().toString(36).slice(2)}`;
  card.setAttribute('aria-labelledby', key);
  const heading = element(doc, 'h2', 'tl-card__term', `“${query}” is not in the glossary`);
  heading.id = key;
  card.append(heading);
  if (closest.length === 0) {
    card.append(element(doc, 'p', undefined, 'No entry comes close. Try the search in the Termlight toolbar button.'));
    return card;
  }
  const list = element(doc, 'ul', 'tl-card__suggestions');
  for (const hit of closest) {
    const item = element(doc, 'li');
    item.append(linkButton(doc, undefined, hit.entry.term, () => onPick(`${hit.pack.id}/${hit.entry.id}`)));
    list.append(item);
  }
  card.append(element(doc, 'p', undefined, 'Closest entries:'), list);
  return card;
}
