import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_PACKS } from '../../../src/glossary/bundled-packs.ts';
import { bindHiddenTerms } from '../../../src/options/hidden-terms.ts';
import { hiddenEntries } from '../../../src/settings/items.ts';

beforeEach(() => fakeBrowser.reset());

function render() {
  document.body.replaceChildren();
  const heading = document.createElement('h2');
  heading.tabIndex = -1;
  const list = document.createElement('ul');
  const message = document.createElement('p');
  document.body.append(heading, list, message);
  bindHiddenTerms({ list, message, heading }, () => Promise.resolve([...BUNDLED_PACKS]));
  const rows = () => [...list.querySelectorAll('li')].map((item) => item.textContent);
  return { heading, list, message, rows };
}

describe('bindHiddenTerms', () => {
  it('lists the terms not marked by name, and "Mark again" undoes one, moving focus on', async () => {
    await hiddenEntries.setValue(['calf-muscle/soleus', 'calf-muscle/tenderness', 'gone-pack/thing']);
    const { heading, list, message, rows } = render();
    await expect
      .poll(rows)
      .toEqual(['soleus (Calf muscle)Mark again', 'tenderness (Calf muscle)Mark again', 'gone-pack/thingMark again']);
    const first = list.querySelector<HTMLButtonElement>('button')!;
    expect(first.getAttribute('aria-label')).toBe('Mark again: “soleus”');
    first.focus();
    first.click();
    expect(message.textContent).toBe('“soleus” is marked on pages again.');
    await expect.poll(() => hiddenEntries.getValue()).toEqual(['calf-muscle/tenderness', 'gone-pack/thing']);
    await expect.poll(rows).toHaveLength(2);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Mark again: “tenderness”');
    await hiddenEntries.setValue(['gone-pack/thing']);
    await expect.poll(rows).toHaveLength(1);
    list.querySelector<HTMLButtonElement>('button')!.click();
    await expect.poll(rows).toEqual(['None: every term is marked.']);
    expect(document.activeElement).toBe(heading);
  });
});
