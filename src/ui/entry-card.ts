import { describeSource } from '../glossary/describe-source.ts';
import type { EntryRef, GlossaryIndex } from '../glossary/glossary-index.ts';
import { CATEGORY_LABELS } from '../glossary/category-labels.ts';
import { element, linkButton } from './element.ts';
import { URGENT_LEAD } from './urgent-lead.ts';

export interface EntryCardOptions {
  /** Show the longer explanation at once, with no "More" button (the popup's entry view). @default false */
  isExpanded?: boolean;
  /** A related entry was chosen; the tooltip replaces its content with it. */
  onRelated?: (id: string) => void;
  /** "Open in reference" was chosen; without it the button is left out. */
  onOpenReference?: (id: string) => void;
  /** "Don't mark this term" was chosen (the tooltip only); without it the button is left out. */
  onDontMark?: (id: string) => void;
}

let cardCount = 0;

/** A term as a heading: glossaries keep terms as they appear in running text ("deep vein thrombosis"). */
export const headingOf = (term: string) => term.charAt(0).toLocaleUpperCase('en') + term.slice(1);

/**
 * Everything known about one entry, for the tooltip and the popup's entry view. Built with DOM
 * APIs and `textContent` only: glossary text (bundled or imported) is never parsed as HTML.
 * Urgent entries put "when to get help" first, where it cannot be missed.
 */
export function renderEntryCard(doc: Document, glossary: GlossaryIndex, ref: EntryRef, options: EntryCardOptions = {}) {
  const { entry, pack, section } = ref;
  const key = `tl-card-${++cardCount}`;
  const card = element(doc, 'article', entry.urgent ? 'tl-card tl-card--urgent' : 'tl-card');
  card.setAttribute('aria-labelledby', `${key}-term`);

  const header = element(doc, 'header', 'tl-card__header');
  const term = element(doc, 'h2', 'tl-card__term', headingOf(entry.term));
  term.id = `${key}-term`;
  if (entry.abbreviations.length > 0)
    term.append(element(doc, 'span', 'tl-card__abbr', ` (${entry.abbreviations.join(', ')})`));
  header.append(term, element(doc, 'span', 'tl-card__category', CATEGORY_LABELS[entry.category]));
  card.append(header);

  if (entry.urgent) {
    const callout = element(doc, 'div', 'tl-card__urgent');
    callout.setAttribute('role', 'note');
    callout.setAttribute('aria-label', 'Urgent sign');
    callout.append(
      element(doc, 'strong', 'tl-card__urgent-title', `${URGENT_LEAD}…`),
      element(doc, 'p', 'tl-card__urgent-text', entry.urgent.whenToGetHelp),
    );
    card.append(callout);
  }

  card.append(element(doc, 'p', 'tl-card__short', entry.short));
  if (entry.long !== undefined) {
    const long = element(doc, 'p', 'tl-card__long', entry.long);
    long.id = `${key}-long`;
    if (options.isExpanded) card.append(long);
    else {
      long.hidden = true;
      const more = linkButton(doc, 'tl-card__more', 'More', () => {
        long.hidden = !long.hidden;
        more.setAttribute('aria-expanded', String(!long.hidden));
        more.textContent = long.hidden ? 'More' : 'Less';
      });
      more.setAttribute('aria-expanded', 'false');
      more.setAttribute('aria-controls', long.id);
      card.append(more, long);
    }
  }

  if (entry.aliases.length > 0)
    card.append(element(doc, 'p', 'tl-card__aliases', `Also called: ${entry.aliases.join(', ')}`));

  const related = glossary.related(ref);
  if (related.length > 0) {
    const list = element(doc, 'p', 'tl-card__related', 'Related: ');
    related.forEach((other, i) => {
      if (i > 0) list.append(', ');
      list.append(
        options.onRelated
          ? linkButton(doc, 'tl-card__link', other.entry.term, () => options.onRelated!(other.id))
          : other.entry.term,
      );
    });
    card.append(list);
  }

  const footer = element(doc, 'footer', 'tl-card__footer');
  const where = section ? ` (section “${section.title}”)` : '';
  footer.append(
    element(doc, 'p', 'tl-card__source', `Source: ${describeSource(pack)}${where}.`),
    element(doc, 'p', 'tl-card__disclaimer', pack.disclaimer),
  );
  const actions = element(doc, 'p', 'tl-card__actions');
  if (options.onOpenReference)
    actions.append(linkButton(doc, 'tl-card__open', 'Open in reference', () => options.onOpenReference!(ref.id)));
  if (options.onDontMark)
    // The name says what happens and where to undo it: the tooltip closes and the marks go at once.
    actions.append(
      linkButton(
        doc,
        'tl-card__mute',
        "Don't mark this term",
        () => options.onDontMark!(ref.id),
        `Don't mark this term: stop marking “${entry.term}” on pages (undo in Termlight's options)`,
      ),
    );
  if (actions.childElementCount > 0) footer.append(actions);
  card.append(footer);
  return card;
}
