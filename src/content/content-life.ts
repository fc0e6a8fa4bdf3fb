import type { PageConfig } from '../settings/page-config.ts';
import type { Marking } from './start-marking.ts';

export interface ContentLifeOptions {
  readConfig: () => Promise<PageConfig>;
  start: (config: PageConfig) => Marking;
  /** True once the extension was reloaded or removed: nothing may start then. */
  isInvalid: () => boolean;
  /** A restart that failed: the page stays unmarked until the next change. @default console.error */
  onError?: (error: unknown) => void;
}

export interface ContentLife {
  /** Reads the settings again and marks the page with them; resolves when done (never rejects). */
  restart(): Promise<void>;
  /** What runs now; undefined before the first start, after a failed one and after destroy. */
  readonly current: Marking | undefined;
  destroy(): void;
}

/**
 * The content script's life cycle: one marking at a time, restarted when a setting changes.
 * Restarts are chained, so two settings changing together cannot leave two engines running, and
 * coalesced, so a reset (seven settings at once) reads the page once, with the settings as they end
 * up. Each link catches its own failure: one bad read must not freeze every later change.
 */
export function startContentLife(options: ContentLifeOptions): ContentLife {
  const { readConfig, start, isInvalid, onError = (error) => console.error('Termlight:', error) } = options;
  let current: Marking | undefined;
  let chain = Promise.resolve();
  let isQueued = false;
  let isDestroyed = false;

  const stop = () => {
    current?.destroy();
    current = undefined;
  };
  const run = async () => {
    isQueued = false;
    try {
      // The old marks stay while the settings are read, so a change does not blank the page.
      const config = await readConfig();
      stop();
      if (isDestroyed || isInvalid()) return;
      current = start(config);
    } catch (error) {
      // Nothing runs after a failure: a start that throws leaves `current` unset.
      stop();
      onError(error);
    }
  };
  return {
    get current() {
      return current;
    },
    restart() {
      if (!isQueued) {
        isQueued = true;
        chain = chain.then(run);
      }
      return chain;
    },
    destroy() {
      isDestroyed = true;
      stop();
    },
  };
}
