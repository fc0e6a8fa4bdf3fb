import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOOKUP_MENU_ID, runCommand, runLookup, runMessage } from '../../../src/background/background-actions.ts';
import { markingEnabled } from '../../../src/settings/items.ts';

beforeEach(() => fakeBrowser.reset());

describe('background actions', () => {
  it('toggles marking everywhere', async () => {
    await runCommand(fakeBrowser as never, 'toggle-marking', undefined);
    expect(await markingEnabled.getValue()).toBe(false);
    await runCommand(fakeBrowser as never, 'toggle-marking', undefined);
    expect(await markingEnabled.getValue()).toBe(true);
  });

  it('sends next/previous term to the top frame of the tab', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ found: true } as never);
    await runCommand(fakeBrowser as never, 'previous-term', { id: 7 } as never);
    expect(send).toHaveBeenCalledWith(7, { type: 'step-term', direction: 'previous' }, { frameId: 0 });
  });

  it('sends a lookup of the selection to the frame it was made in', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const info = { menuItemId: LOOKUP_MENU_ID, selectionText: '  soleus ', frameId: 3 };
    await runLookup(fakeBrowser as never, info as never, { id: 7 } as never);
    expect(send).toHaveBeenCalledWith(7, { type: 'lookup', text: 'soleus' }, { frameId: 3 });
  });

  it('opens the reference at an entry', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await runMessage(fakeBrowser as never, { type: 'open-reference', entryId: 'calf-muscle/soleus' });
    expect(create.mock.calls[0]?.[0].url).toMatch(/\/popup\.html#entry=calf-muscle%2Fsoleus$/);
  });
});
