import type { GlossaryEntry, GlossaryPack } from '../glossary/schema.ts';
import { qualifiedId } from '../glossary/glossary-index.ts';
import { element, linkButton } from '../ui/element.ts';
import { URGENT_LEAD } from '../ui/urgent-lead.ts';
import { entryElementId } from './search-box.ts';

function renderEntry(doc: Document, pack: GlossaryPack, entry: GlossaryEntry, onOpen?: (id: string) => void) {
  const item = element(doc, 'li', entry.urgent ? 'entry entry--urgent' : 'entry');
  const id = qualifiedId(pack, entry);
  item.id = entryElementId(id);
  const term = element(doc, 'h3', 'entry__term');
  if (onOpen) {
    // The whole entry (explanation, aliases, related, source) opens in the entry view.
    term.append(linkButton(doc, 'entry__open', entry.term, () => onOpen(id)));
  } else term.append(entry.term);
  if (entry.abbreviations.length > 0)
    term.append(element(doc, 'span', 'entry__abbr', ` (${entry.abbreviations.join(', ')})`));
  item.append(term, element(doc, 'p', 'entry__short', entry.short));
  if (entry.urgent) {
    const callout = element(doc, 'p', 'entry__urgent');
    callout.append(element(doc, 'strong', undefined, `${URGENT_LEAD} `), entry.urgent.whenToGetHelp);
    item.append(callout);
  }
  return item;
}

/**
 * Every entry of a pack, grouped under the source article's sections in the article's order.
 * Built with DOM APIs and `textContent` only: glossary text is never parsed as HTML.
 */
export function renderReference(doc: Document, pack: GlossaryPack, onOpen?: (id: string) => void): HTMLElement {
  const root = element(doc, 'section', 'reference');
  root.setAttribute('aria-label', `${pack.title} reference`);
  for (const section of pack.source.sections) {
    const entries = pack.entries.filter((entry) => entry.section === section.id);
    if (entries.length === 0) continue;
    const group = element(doc, 'section', 'reference__section');
    const heading = element(doc, 'h2', undefined, section.title);
    heading.id = `section-${pack.id}-${section.id}`;
    group.setAttribute('aria-labelledby', heading.id);
    const list = element(doc, 'ul', 'reference__entries');
    list.append(...entries.map((entry) => renderEntry(doc, pack, entry, onOpen)));
    group.append(heading, list);
    root.append(group);
  }
  return root;
}
