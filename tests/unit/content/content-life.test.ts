import { describe, expect, it, vi } from 'vitest';
import { startContentLife } from '../../../src/content/content-life.ts';
import type { Marking } from '../../../src/content/start-marking.ts';
import type { PageConfig } from '../../../src/settings/page-config.ts';

const config = { isMarking: true } as PageConfig;

function fakeMarking() {
  const destroy = vi.fn<() => void>();
  return {
    engine: undefined,
    tooltips: { step: vi.fn(), lookup: vi.fn(), destroy: vi.fn() },
    destroy,
  } satisfies Marking;
}

function life(readConfig: () => Promise<PageConfig>) {
  const started: ReturnType<typeof fakeMarking>[] = [];
  const onError = vi.fn();
  const handle = startContentLife({
    readConfig,
    isInvalid: () => false,
    onError,
    start: () => {
      const marking = fakeMarking();
      started.push(marking);
      return marking;
    },
  });
  return { handle, started, onError };
}

describe('startContentLife', () => {
  it('coalesces restarts asked for together and runs one marking at a time', async () => {
    const { handle, started } = life(async () => config);
    await Promise.all([handle.restart(), handle.restart(), handle.restart()]);
    expect(started).toHaveLength(1);
    await handle.restart();
    expect(started).toHaveLength(2);
    expect(started[0]!.destroy).toHaveBeenCalledOnce();
    expect(handle.current).toBe(started[1]);
  });

  it('throws once, then recovers: a failed settings read leaves the page unmarked until the next change', async () => {
    const readConfig = vi.fn(async () => config).mockRejectedValueOnce(new Error('storage read failed'));
    const { handle, started, onError } = life(readConfig);
    await handle.restart();
    expect(onError).toHaveBeenCalledWith(new Error('storage read failed'));
    expect(handle.current).toBeUndefined();
    await handle.restart();
    await handle.restart();
    expect(started).toHaveLength(2);
    expect(handle.current).toBe(started[1]);
  });

  it('keeps the old marks while the new settings are read, and stops them if the read fails', async () => {
    let release = () => {};
    let fail: (error: Error) => void = () => {};
    const readConfig = vi
      .fn(async () => config)
      .mockImplementationOnce(async () => config)
      .mockImplementationOnce(() => new Promise<PageConfig>((resolve) => (release = () => resolve(config))))
      .mockImplementationOnce(() => new Promise<PageConfig>((_resolve, reject) => (fail = reject)));
    const { handle, started, onError } = life(readConfig);
    await handle.restart();
    const second = handle.restart();
    await Promise.resolve();
    expect(started[0]!.destroy).not.toHaveBeenCalled();
    release();
    await second;
    expect(started[0]!.destroy).toHaveBeenCalledOnce();
    expect(handle.current).toBe(started[1]);

    const third = handle.restart();
    await Promise.resolve();
    fail(new Error('storage read failed'));
    await third;
    expect(started[1]!.destroy).toHaveBeenCalledOnce();
    expect(handle.current).toBeUndefined();
    expect(onError).toHaveBeenCalledOnce();
  });

  it('recovers when starting the marking throws', async () => {
    let isFirst = true;
    const onError = vi.fn();
    const handle = startContentLife({
      readConfig: async () => config,
      isInvalid: () => false,
      onError,
      start: () => {
        if (isFirst) {
          isFirst = false;
          throw new Error('markPage failed');
        }
        return fakeMarking();
      },
    });
    await handle.restart();
    expect(onError).toHaveBeenCalledOnce();
    await handle.restart();
    expect(handle.current).toBeDefined();
  });

  it('starts nothing once the context is invalid or destroyed', async () => {
    const { handle, started } = life(async () => config);
    await handle.restart();
    handle.destroy();
    expect(started[0]!.destroy).toHaveBeenCalledOnce();
    await handle.restart();
    expect(started).toHaveLength(1);
    expect(handle.current).toBeUndefined();
  });
});
