import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import calfMuscle from '../../../glossary/calf-muscle.json';
import type { GlossaryPack } from '../../../src/glossary/schema.ts';
import { renderReference } from '../../../src/popup/render-reference.ts';
import { attachSearchBox } from '../../../src/popup/search-box.ts';

const pack = calfMuscle as unknown as GlossaryPack;
let handle: { destroy(): void };
let input: HTMLInputElement;
const byId = (id: string) => document.getElementById(id)!;

function type(text: string) {
  input.value = text;
  input.dispatchEvent(new Event('input'));
}
const press = (key: string) => input.dispatchEvent(new KeyboardEvent('keydown', { key, cancelable: true }));
const options = () => [...byId('results').querySelectorAll('[role="option"]')];

beforeEach(() => {
  document.body.innerHTML =
    '<input id="search" role="combobox"><p id="status"></p><ul id="results" role="listbox" hidden></ul><main id="reference"></main>';
  byId('reference').append(renderReference(document, pack));
  input = byId('search') as HTMLInputElement;
  handle = attachSearchBox({ input, results: byId('results'), status: byId('status'), reference: byId('reference') }, [
    pack,
  ]);
});
afterEach(() => handle.destroy());

describe('attachSearchBox', () => {
  it('shows results as you type, in place of the reference', () => {
    type('dvt');
    expect(options()[0]?.querySelector('.result__term')?.textContent).toBe('deep vein thrombosis');
    expect(options()[0]?.querySelector('.result__short')?.textContent).toMatch(/^“DVT” · A blood clot/);
    expect(byId('reference').hidden).toBe(true);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe('result-0');
  });

  it('searches what was typed before it was attached (while the popup read the glossary)', () => {
    handle.destroy();
    input.value = 'soleus';
    handle = attachSearchBox(
      { input, results: byId('results'), status: byId('status'), reference: byId('reference') },
      [pack],
    );
    expect(options()[0]?.querySelector('.result__term')?.textContent).toBe('soleus');
    expect(byId('reference').hidden).toBe(true);
  });

  it('moves with the arrow keys and wraps around', () => {
    type('calf');
    press('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('result-1');
    press('ArrowUp');
    press('ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).toBe(`result-${options().length - 1}`);
  });

  it('opens the active entry in the reference on Enter', () => {
    type('gastrocnemeus');
    press('Enter');
    expect(byId('reference').hidden).toBe(false);
    expect(input.value).toBe('');
    expect(document.activeElement?.id).toBe('entry-calf-muscle--gastrocnemius');
  });

  it('clears on Esc, and says when nothing matches', () => {
    type('zzqx');
    expect(byId('status').textContent).toBe('No entry matches “zzqx”.');
    expect(byId('results').hidden).toBe(true);
    press('Escape');
    expect(input.value).toBe('');
    expect(byId('reference').hidden).toBe(false);
  });

  it('shows hostile text as text', () => {
    type('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    expect(byId('status').textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
