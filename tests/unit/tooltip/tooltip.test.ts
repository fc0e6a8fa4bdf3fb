import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED_PACKS } from '../../../src/glossary/bundled-packs.ts';
import { createGlossaryIndex } from '../../../src/glossary/glossary-index.ts';
import { createTooltip, type Tooltip, type TooltipOptions } from '../../../src/tooltip/tooltip.ts';

const glossary = createGlossaryIndex(BUNDLED_PACKS);
const anchor = () => new DOMRect(10, 10, 40, 16);
let tooltip: Tooltip | undefined;
afterEach(() => tooltip?.destroy());

function open(options: Partial<TooltipOptions>, id = 'calf-muscle/soleus') {
  tooltip = createTooltip(document, { glossary, css: '', onOpenReference: () => {}, ...options });
  tooltip.showEntry(id, anchor, { focus: true });
  const root = document.querySelector('termlight-ui')!.shadowRoot!;
  return { tooltip, root, mute: () => root.querySelector<HTMLButtonElement>('.tl-card__mute') };
}

describe('the tooltip\'s "Don\'t mark this term"', () => {
  it('stores the choice and closes, giving focus back', async () => {
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    const onDontMark = vi.fn(() => Promise.resolve());
    const { tooltip, mute } = open({ onDontMark });
    expect(tooltip.isShown).toBe(true);
    mute()!.click();
    expect(onDontMark).toHaveBeenCalledWith('calf-muscle/soleus');
    expect(tooltip.isShown).toBe(false);
    expect(document.activeElement).toBe(before);
  });

  it('says why when storage refuses, since the marks stay', async () => {
    const onDontMark = vi.fn(() => Promise.reject(new Error('QUOTA_BYTES quota exceeded')));
    const { tooltip, root, mute } = open({ onDontMark });
    mute()!.click();
    await expect.poll(() => root.querySelector('.tl-card__term')?.textContent).toBe('“soleus” is still marked');
    expect(tooltip.isShown).toBe(true);
    expect(root.querySelector('.tl-card')?.textContent).toContain('QUOTA_BYTES quota exceeded');
  });

  it('is left out without a store, and for an entry already not marked (a lookup)', () => {
    expect(open({}).mute()).toBeNull();
    tooltip!.destroy();
    const hiddenEntries = new Set(['calf-muscle/soleus']);
    expect(open({ onDontMark: () => Promise.resolve(), hiddenEntries }).mute()).toBeNull();
  });

  it('takes the colour tokens into its shadow root (:host)', () => {
    const { root } = open({});
    const css = [...root.adoptedStyleSheets].map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
    expect(css.join('\n')).toMatch(/:host[^{]*\{[^}]*--tl-urgent/);
  });
});
