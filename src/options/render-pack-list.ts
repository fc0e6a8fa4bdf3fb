import { describeSource } from '../glossary/describe-source.ts';
import type { GlossaryPack } from '../glossary/schema.ts';
import { button } from '../ui/element.ts';

export interface PackListActions {
  /** Ids of packs switched off. */
  disabled: ReadonlySet<string>;
  /** Ids of the packs that ship with Termlight (they can be switched off, not removed). */
  bundled: ReadonlySet<string>;
  onToggle: (id: string, isEnabled: boolean) => void;
  onExport: (pack: GlossaryPack) => void;
  onRemove: (id: string) => void;
}

/** One list item per pack: switch, title, entry count, source, export and remove. Text only, never HTML. */
export function renderPackList(
  doc: Document,
  packs: readonly GlossaryPack[],
  actions?: PackListActions,
): HTMLLIElement[] {
  return packs.map((pack) => {
    const isBundled = actions?.bundled.has(pack.id) ?? true;
    const item = doc.createElement('li');
    item.className = 'pack';
    const title = doc.createElement('h3');
    title.textContent = pack.title;
    const facts = doc.createElement('p');
    facts.textContent = `${pack.entries.length} entries · ${isBundled ? 'bundled' : 'imported'} · from ${describeSource(pack)}`;
    const attribution = doc.createElement('p');
    attribution.className = 'pack__attribution';
    attribution.textContent = `${pack.attribution} ${pack.disclaimer}`;
    item.append(title, facts, attribution);
    if (!actions) return item;
    const controls = doc.createElement('p');
    controls.className = 'pack__controls';
    const label = doc.createElement('label');
    label.className = 'switch';
    const toggle = doc.createElement('input');
    toggle.type = 'checkbox';
    toggle.setAttribute('role', 'switch');
    toggle.checked = !actions.disabled.has(pack.id);
    toggle.addEventListener('change', () => actions.onToggle(pack.id, toggle.checked));
    label.append(toggle, ` Use “${pack.title}”`);
    controls.append(
      label,
      button(doc, undefined, 'Export JSON', () => actions.onExport(pack), `Export JSON: “${pack.title}”`),
    );
    if (!isBundled)
      controls.append(button(doc, undefined, 'Remove', () => actions.onRemove(pack.id), `Remove “${pack.title}”`));
    item.append(controls);
    return item;
  });
}
