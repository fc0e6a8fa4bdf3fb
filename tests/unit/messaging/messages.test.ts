import { describe, expect, it, vi } from 'vitest';
import { listen } from '../../../src/messaging/listen.ts';
import { parseMessage, toBackgroundSchema, toContentSchema } from '../../../src/messaging/messages.ts';

describe('messages', () => {
  it.each([
    [{ type: 'get-page-terms' }],
    [{ type: 'step-term', direction: 'next' }],
    [{ type: 'step-term', direction: 'previous', entryId: 'calf-muscle/soleus' }],
    [{ type: 'lookup', text: ' soleus ' }],
  ])('accepts %j', (message) => {
    expect(parseMessage(toContentSchema(), message)).toBeDefined();
  });

  it.each([
    [undefined],
    ['get-page-terms'],
    [{ type: 'unknown' }],
    [{ type: 'step-term', direction: 'sideways' }],
    [{ type: 'step-term', direction: 'next', entryId: '../../etc' }],
    [{ type: 'lookup', text: '' }],
    [{ type: 'lookup', text: 'x'.repeat(201) }],
    [{ type: 'get-page-terms', extra: 1 }],
  ])('rejects %j', (message) => {
    expect(parseMessage(toContentSchema(), message)).toBeUndefined();
  });

  it('lets content scripts ask the background only to open the reference', () => {
    expect(parseMessage(toBackgroundSchema(), { type: 'open-reference', entryId: 'calf-muscle/dvt' })).toBeDefined();
    expect(parseMessage(toBackgroundSchema(), { type: 'import-pack', pack: {} })).toBeUndefined();
  });

  it('answers only this extension’s valid messages', () => {
    let listener: ((raw: unknown, sender: { id?: string }) => unknown) | undefined;
    const events = { addListener: (fn: typeof listener) => (listener = fn), removeListener: vi.fn() };
    const handle = vi.fn(() => Promise.resolve('ok'));
    const stop = listen(events as never, 'me', toContentSchema, handle);
    expect(listener!({ type: 'get-page-terms' }, { id: 'someone-else' })).toBeUndefined();
    expect(listener!({ type: 'nope' }, { id: 'me' })).toBeUndefined();
    expect(listener!({ type: 'get-page-terms' }, { id: 'me' })).toBeInstanceOf(Promise);
    expect(handle).toHaveBeenCalledTimes(1);
    stop();
    expect(events.removeListener).toHaveBeenCalled();
  });
});
