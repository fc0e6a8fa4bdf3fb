/**
 * Past this many mutation records (and nodes added or removed) in one frame, a page has been rebuilt
 * rather than edited (Dark Reader uses the same 1,000 records): drop everything and walk again.
 */
export const FULL_RESCAN_RECORDS = 1000;

/**
 * The "huge mutation" rule: a frame's changes count as a rebuild of the page past
 * `FULL_RESCAN_RECORDS`. A view swapped whole (`replaceChildren` of thousands of posts) is one
 * record, so the nodes added and removed count too.
 */
export function isHugeMutation(records: readonly MutationRecord[]): boolean {
  let changes = records.length;
  for (const record of records) {
    changes += record.addedNodes.length + record.removedNodes.length;
    if (changes > FULL_RESCAN_RECORDS) return true;
  }
  return false;
}

export interface RootWatchOptions {
  view: Window & typeof globalThis;
  /** Watch for changes at all (false: roots are only listed). */
  observe: boolean;
  /** Runs the batch of a frame's records; once per frame in the browser. */
  scheduleBatch: (run: () => void) => void;
  /** A frame's records, from every root watched. */
  onBatch: (records: MutationRecord[]) => void;
}

export interface RootWatch {
  /** Starts watching a root (the page's body, or an open shadow root as it is found). */
  add(root: Node): void;
  has(root: Node): boolean;
  roots(): IterableIterator<Node>;
  /** Stops watching the shadow roots whose host left the page, and returns them. */
  dropDetached(): Node[];
  /** Is a batch of records waiting for its frame? */
  readonly isBatchScheduled: boolean;
  destroy(): void;
}

/** One `MutationObserver` per root, records batched per frame (Dark Reader observes the same way). */
export function createRootWatch(options: RootWatchOptions): RootWatch {
  const { view, observe, scheduleBatch, onBatch } = options;
  const roots = new Map<Node, MutationObserver | undefined>();
  let pending: MutationRecord[] = [];
  let isBatchScheduled = false;
  let isDestroyed = false;

  const runBatch = () => {
    isBatchScheduled = false;
    if (isDestroyed) return;
    const records = pending;
    pending = [];
    onBatch(records);
  };
  const onRecords = (records: MutationRecord[]) => {
    // Frames do not come in background tabs: past the threshold a full rescan is due anyway, so
    // stop keeping records (and the nodes they hold) for a page that changes for hours unseen.
    if (pending.length <= FULL_RESCAN_RECORDS) pending.push(...records);
    if (!isBatchScheduled) {
      isBatchScheduled = true;
      scheduleBatch(runBatch);
    }
  };

  return {
    add(root) {
      let observer: MutationObserver | undefined;
      if (observe) {
        observer = new view.MutationObserver(onRecords);
        observer.observe(root, {
          childList: true,
          subtree: true,
          characterData: true,
          attributes: true,
          attributeFilter: ['hidden', 'contenteditable', 'translate'],
        });
      }
      roots.set(root, observer);
    },
    has: (root) => roots.has(root),
    roots: () => roots.keys(),
    dropDetached() {
      const gone: Node[] = [];
      for (const [root, observer] of roots) {
        const host = (root as ShadowRoot).host;
        if (!host || host.isConnected) continue;
        observer?.disconnect();
        roots.delete(root);
        gone.push(root);
      }
      return gone;
    },
    get isBatchScheduled() {
      return isBatchScheduled;
    },
    destroy() {
      isDestroyed = true;
      for (const observer of roots.values()) observer?.disconnect();
      roots.clear();
    },
  };
}
