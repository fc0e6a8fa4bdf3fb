import { describe, expect, it } from 'vitest';
import calfMuscle from '../../../glossary/calf-muscle.json';
import type { GlossaryPack } from '../../../src/glossary/schema.ts';
import { validatePack } from '../../../src/glossary/validate-pack.ts';
import { renderReference } from '../../../src/popup/render-reference.ts';

function parse(data: unknown): GlossaryPack {
  const result = validatePack(data);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.pack;
}

describe('renderReference', () => {
  const pack = parse(calfMuscle);

  it('groups entries under the article sections, in the article order', () => {
    const root = renderReference(document, pack);
    const headings = [...root.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(pack.source.sections.map((section) => section.title));
    expect(root.querySelectorAll('li.entry')).toHaveLength(pack.entries.length);
  });

  it('marks urgent entries with their when-to-get-help text', () => {
    const root = renderReference(document, pack);
    const dvt = root.querySelector('#entry-calf-muscle--deep-vein-thrombosis');
    expect(dvt?.classList.contains('entry--urgent')).toBe(true);
    expect(dvt?.querySelector('.entry__term')?.textContent).toBe('deep vein thrombosis (DVT)');
    expect(dvt?.querySelector('.entry__urgent')?.textContent).toMatch(/^Get help right away if one calf swells/);
  });

  it('shows hostile glossary text as text, never as markup', () => {
    const hostile = structuredClone(calfMuscle);
    hostile.entries[0] = {
      ...calfMuscle.entries[0],
      short: '<img src=x onerror="alert(1)">',
    } as (typeof hostile.entries)[0];
    const root = renderReference(document, parse(hostile));
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror="alert(1)">');
  });
});
