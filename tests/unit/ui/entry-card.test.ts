import { describe, expect, it, vi } from 'vitest';
import { BUNDLED_PACKS } from '../../../src/glossary/bundled-packs.ts';
import { createGlossaryIndex } from '../../../src/glossary/glossary-index.ts';
import type { GlossaryPack } from '../../../src/glossary/schema.ts';
import { renderEntryCard } from '../../../src/ui/entry-card.ts';

const glossary = createGlossaryIndex(BUNDLED_PACKS);
const card = (id: string, options = {}) => renderEntryCard(document, glossary, glossary.get(id)!, options);

describe('renderEntryCard', () => {
  it('shows term, category, definition, aliases, related and source', () => {
    const root = card('calf-muscle/gastrocnemius');
    expect(root.querySelector('h2')?.textContent).toBe('Gastrocnemius');
    expect(root.querySelector('.tl-card__category')?.textContent).toBe('Anatomy');
    expect(root.querySelector('.tl-card__short')?.textContent).toMatch(/calf muscle/);
    expect(root.querySelector('.tl-card__aliases')?.textContent).toMatch(/^Also called: gastroc/);
    expect(root.querySelector('.tl-card__related')?.textContent).toMatch(/^Related: soleus/);
    expect(root.querySelector('.tl-card__source')?.textContent).toBe(
      'Source: “Calf Muscle”, Cleveland Clinic, reviewed 2021-08-05 (section “Anatomy”).',
    );
    expect(root.querySelector('.tl-card__disclaimer')?.textContent).toMatch(/not medical advice/);
    expect(root.querySelector('.tl-card__urgent')).toBeNull();
  });

  it('puts "Get help right away if…" first for urgent entries', () => {
    const root = card('calf-muscle/deep-vein-thrombosis');
    const callout = root.querySelector('.tl-card__urgent');
    expect(callout?.getAttribute('role')).toBe('note');
    expect(callout?.textContent).toMatch(/^Get help right away if…one calf swells/);
    expect(root.querySelector('h2')?.textContent).toBe('Deep vein thrombosis (DVT)');
    expect(root.children[1]).toBe(callout);
  });

  it('"More" expands the longer explanation and says so to assistive technology', () => {
    const root = card('calf-muscle/soleus');
    const more = root.querySelector<HTMLButtonElement>('.tl-card__more')!;
    const long = root.querySelector<HTMLElement>('.tl-card__long')!;
    expect([long.hidden, more.getAttribute('aria-expanded')]).toEqual([true, 'false']);
    expect(more.getAttribute('aria-controls')).toBe(long.id);
    more.click();
    expect([long.hidden, more.getAttribute('aria-expanded'), more.textContent]).toEqual([false, 'true', 'Less']);
  });

  it('shows everything at once in the entry view', () => {
    const root = card('calf-muscle/soleus', { isExpanded: true });
    expect(root.querySelector('.tl-card__more')).toBeNull();
    expect(root.querySelector<HTMLElement>('.tl-card__long')?.hidden).toBe(false);
  });

  it('calls back for related entries and "Open in reference"', () => {
    const onRelated = vi.fn();
    const onOpenReference = vi.fn();
    const root = card('calf-muscle/gastrocnemius', { onRelated, onOpenReference });
    root.querySelector<HTMLButtonElement>('.tl-card__related button')!.click();
    expect(onRelated).toHaveBeenCalledWith('calf-muscle/soleus');
    root.querySelector<HTMLButtonElement>('.tl-card__open')!.click();
    expect(onOpenReference).toHaveBeenCalledWith('calf-muscle/gastrocnemius');
  });

  it('offers "Don\'t mark this term" only when asked (the tooltip), named for screen readers', () => {
    expect(card('calf-muscle/soleus').querySelector('.tl-card__mute')).toBeNull();
    const onDontMark = vi.fn();
    const mute = card('calf-muscle/soleus', { onDontMark }).querySelector<HTMLButtonElement>('.tl-card__mute')!;
    expect([mute.type, mute.textContent]).toEqual(['button', "Don't mark this term"]);
    // WCAG 2.5.3 label in name: the accessible name starts with the visible text.
    expect(mute.getAttribute('aria-label')).toBe(
      "Don't mark this term: stop marking “soleus” on pages (undo in Termlight's options)",
    );
    mute.click();
    expect(onDontMark).toHaveBeenCalledWith('calf-muscle/soleus');
  });

  it('shows hostile text as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const base = BUNDLED_PACKS[0]!;
    const pack: GlossaryPack = {
      ...base,
      id: 'hostile',
      disclaimer: hostile,
      entries: [{ ...base.entries[0]!, short: hostile, long: `${hostile}. Two.`, aliases: [hostile] }],
    };
    const index = createGlossaryIndex([pack]);
    const root = renderEntryCard(document, index, index.get(`hostile/${base.entries[0]!.id}`)!);
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(root.querySelector('.tl-card__short')?.textContent).toBe(hostile);
    expect(root.textContent).toContain(hostile);
  });
});
