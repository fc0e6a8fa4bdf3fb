import { describeSource } from '../glossary/describe-source.ts';
import type { GlossaryPack } from '../glossary/schema.ts';

/** One list item per pack: title, entry count, source and attribution. Text only, never HTML. */
export function renderPackList(doc: Document, packs: readonly GlossaryPack[]): HTMLLIElement[] {
  return packs.map((pack) => {
    const item = doc.createElement('li');
    item.className = 'pack';
    const title = doc.createElement('h3');
    title.textContent = pack.title;
    const facts = doc.createElement('p');
    facts.textContent = `${pack.entries.length} entries · bundled · from ${describeSource(pack)}`;
    const attribution = doc.createElement('p');
    attribution.className = 'pack__attribution';
    attribution.textContent = `${pack.attribution} ${pack.disclaimer}`;
    item.append(title, facts, attribution);
    return item;
  });
}
