import { CATEGORY_LABELS } from '../glossary/category-labels.ts';
import type { Category } from '../glossary/schema.ts';

/** One checkbox per category (`name="category"`), checked when its terms are marked. */
export function renderCategoryBoxes(doc: Document, categories: readonly Category[]): HTMLLabelElement[] {
  return categories.map((category) => {
    const label = doc.createElement('label');
    const box = doc.createElement('input');
    box.type = 'checkbox';
    box.name = 'category';
    box.value = category;
    label.append(box, ` ${CATEGORY_LABELS[category]}`);
    return label;
  });
}
