import type { SearchHit } from '../glossary/search-glossary.ts';

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
  const card = doc.createElement('article');
  card.className = 'tl-card';
  const key = `tl-miss-${Math.random().toString(36).slice(2)}`;
  card.setAttribute('aria-labelledby', key);
  const heading = doc.createElement('h2');
  heading.className = 'tl-card__term';
  heading.id = key;
  heading.textContent = `“${query}” is not in the glossary`;
  card.append(heading);
  const intro = doc.createElement('p');
  if (closest.length === 0) {
    intro.textContent = 'No entry comes close. Try the search in the Termlight toolbar button.';
    card.append(intro);
    return card;
  }
  intro.textContent = 'Closest entries:';
  const list = doc.createElement('ul');
  list.className = 'tl-card__suggestions';
  for (const hit of closest) {
    const item = doc.createElement('li');
    const pick = doc.createElement('button');
    pick.type = 'button';
    pick.textContent = hit.entry.term;
    pick.addEventListener('click', () => onPick(`${hit.pack.id}/${hit.entry.id}`));
    item.append(pick);
    list.append(item);
  }
  card.append(intro, list);
  return card;
}
