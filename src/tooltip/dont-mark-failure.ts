import { browserReason } from '../ui/browser-reason.ts';
import { element } from '../ui/element.ts';

/**
 * "Don't mark this term" could not be stored (the browser refused the write): say so in the
 * tooltip, with the browser's reason, since the marks stay and the reader would not know why.
 */
export function renderDontMarkFailure(doc: Document, term: string, error: unknown): HTMLElement {
  const card = element(doc, 'article', 'tl-card');
  const key = `tl-fail-${Math.random().toString(36).slice(2)}`;
  card.setAttribute('aria-labelledby', key);
  const heading = element(doc, 'h2', 'tl-card__term', `“${term}” is still marked`);
  heading.id = key;
  card.append(heading, element(doc, 'p', undefined, `The browser could not save the choice: ${browserReason(error)}.`));
  return card;
}
