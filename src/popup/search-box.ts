import { qualifiedId } from '../glossary/glossary-index.ts';
import type { GlossaryPack } from '../glossary/schema.ts';
import { searchGlossary, type SearchHit } from '../glossary/search-glossary.ts';
import { element } from '../ui/element.ts';

export interface SearchBoxParts {
  input: HTMLInputElement;
  /** The listbox the results go in. */
  results: HTMLElement;
  /** Announces the number of results (a live region). */
  status: HTMLElement;
  /** What the search replaces while a query is typed: the full reference. */
  reference: HTMLElement;
  /** Opens an entry (`pack/entry`) in the entry view; without it, the reference scrolls to it. */
  onOpen?: (id: string) => void;
}

/** Element id of an entry (`pack/entry`) in the reference list (render-reference.ts). */
export const entryElementId = (id: string) => `entry-${id.replace('/', '--')}`;

/**
 * Instant search over the packs: results as you type; ↑/↓ move through them, Enter opens the
 * entry in the reference, Esc clears. The input keeps focus throughout (a combobox with
 * `aria-activedescendant`), so a screen reader hears the active result. Text only, never HTML.
 */
export function attachSearchBox(parts: SearchBoxParts, packs: readonly GlossaryPack[]): { destroy(): void } {
  const { input, results, status, reference } = parts;
  const doc = input.ownerDocument;
  let hits: SearchHit[] = [];
  let active = -1;

  const setActive = (index: number) => {
    active = hits.length === 0 ? -1 : (index + hits.length) % hits.length;
    results.querySelectorAll('[role="option"]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === active));
      if (i === active) option.scrollIntoView({ block: 'nearest' });
    });
    if (active >= 0) input.setAttribute('aria-activedescendant', `result-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const open = (hit: SearchHit) => {
    clear();
    const id = qualifiedId(hit.pack, hit.entry);
    if (parts.onOpen) return parts.onOpen(id);
    const target = doc.getElementById(entryElementId(id));
    if (!target) return;
    target.tabIndex = -1;
    target.scrollIntoView({ block: 'start' });
    target.focus();
  };

  const render = () => {
    const query = input.value;
    hits = searchGlossary(packs, query);
    results.replaceChildren(
      ...hits.map((hit, i) => {
        const option = element(doc, 'li', hit.entry.urgent ? 'result result--urgent' : 'result');
        option.id = `result-${i}`;
        option.setAttribute('role', 'option');
        const matched = hit.matchedForm === hit.entry.term ? '' : `“${hit.matchedForm}” · `;
        option.append(
          element(doc, 'span', 'result__term', hit.entry.term),
          element(doc, 'span', 'result__short', `${matched}${hit.entry.short}`),
        );
        option.addEventListener('click', () => open(hit));
        return option;
      }),
    );
    const isSearching = query.trim() !== '';
    results.hidden = !isSearching || hits.length === 0;
    reference.hidden = isSearching;
    input.setAttribute('aria-expanded', String(!results.hidden));
    status.textContent = !isSearching
      ? ''
      : hits.length === 0
        ? `No entry matches “${query.trim()}”.`
        : `${hits.length} results`;
    setActive(0);
  };

  const clear = () => {
    input.value = '';
    render();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (hit) {
        event.preventDefault();
        open(hit);
      }
    } else if (event.key === 'Escape' && input.value !== '') {
      // Esc with text clears it; Esc on an empty box is left to the browser (it closes the popup).
      event.preventDefault();
      clear();
    }
  };

  input.addEventListener('input', render);
  input.addEventListener('keydown', onKeyDown);
  // The popup reads the glossary before it attaches the box: what was typed meanwhile is searched now.
  if (input.value !== '') render();
  return {
    destroy() {
      input.removeEventListener('input', render);
      input.removeEventListener('keydown', onKeyDown);
    },
  };
}
