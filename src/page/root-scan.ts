import { createBlockWalker, type BlockWalker, type TextBlock } from './block-walker.ts';
import { searchShadowHosts, type ShadowHostSearch } from './shadow-hosts.ts';
import { createSubtreeSieve, type SubtreeSieve } from './subtree-sieve.ts';
import type { TextTests } from './text-tests.ts';
import { DONE, WORKED, type WalkProgress } from './walk-progress.ts';

/**
 * The walk of a whole root (the page's body, or an open shadow root): the sieve finds where a
 * term can be, the walker reads only there, then the root is searched for open shadow roots.
 * Blocks come in document order, like one walk of the root.
 */
export function createRootScan(
  root: Node & ParentNode,
  tests: TextTests,
  onShadowRoot: (shadowRoot: ShadowRoot) => void,
): BlockWalker {
  const doc = root.ownerDocument ?? (root as unknown as Document);
  let sieve: SubtreeSieve | undefined;
  let walker: BlockWalker | undefined;
  let hosts: ShadowHostSearch | undefined;
  return {
    next(): TextBlock | WalkProgress {
      if (walker) {
        const step = walker.next();
        if (step.kind !== 'done') return step;
        walker = undefined;
      }
      if (!hosts) {
        // Made on the first call: the tests read the matcher, which is ready by then.
        sieve ??= createSubtreeSieve(root, tests);
        const found = sieve.next();
        if (found.kind === 'worked') return WORKED;
        if (found.kind === 'scope') walker = createBlockWalker(found.scope);
        else hosts = searchShadowHosts({ root }, doc);
        return WORKED;
      }
      return hosts.search(onShadowRoot) ? WORKED : DONE;
    },
  };
}
