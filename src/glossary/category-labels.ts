import type { Category } from './schema.ts';

/** How a category reads to people. */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  anatomy: 'Anatomy',
  movement: 'Movement',
  condition: 'Condition',
  symptom: 'Symptom',
  'risk-factor': 'Risk factor',
  prevention: 'Prevention',
  treatment: 'Treatment',
  test: 'Test',
  general: 'General',
};
