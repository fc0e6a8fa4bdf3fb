import { createBlockWalker, type BlockWalker, type TextBlock } from './block-walker.ts';
import { leadScopeOf } from './lead-scope.ts';
import { searchShadowHosts, type ShadowHostSearch } from './shadow-hosts.ts';
import { createSubtreeSieve, type SubtreeSieve } from './subtree-sieve.ts';
import type { TextTests } from './text-tests.ts';
import { DONE, WORKED, type WalkProgress } from './walk-progress.ts';

export interface RootScan extends BlockWalker {
  /**
   * Do blocks come in document order? They do, but for the blocks before the lead (lead-scope.ts)
   * while the whole walk that follows it has not reached it yet.
   */
  readonly isInOrder: boolean;
}

/**
 * The walk of a whole root (the page's body, or an open shadow root): the sieve finds where a
 * term can be, the walker reads only there, then the root is searched for open shadow roots.
 * Where the root is walked whole, the start of its content (the lead) is walked first, so the
 * reader's first screen is marked before the queries over the whole root have run.
 */
export function createRootScan(
  root: Node & ParentNode,
  tests: TextTests,
  onShadowRoot: (shadowRoot: ShadowRoot) => void,
): RootScan {
  const doc = root.ownerDocument ?? (root as unknown as Document);
  let sieve: SubtreeSieve | undefined;
  let walker: BlockWalker | undefined;
  let hosts: ShadowHostSearch | undefined;
  /** First text node of each block the lead handed out: the whole walk passes over them. */
  const leadBlocks = new Set<Text>();
  let leadStart: Node | undefined;
  let isBeforeLead = false;
  let afterLead: (() => BlockWalker) | undefined;

  const fromWalker = (): TextBlock | WalkProgress => {
    for (;;) {
      const step = walker!.next();
      if (step.kind !== 'block') return step;
      if (leadStart) {
        const first = step.nodes[0]!;
        if (isBeforeLead && (first === leadStart || leadStart.compareDocumentPosition(first) & 4)) isBeforeLead = false;
        if (leadBlocks.delete(first)) continue;
        if (afterLead) leadBlocks.add(first);
      }
      return step;
    }
  };
  const startWalk = (scope: { root: Node } | { first: Node; last: Node }) => {
    const lead = 'root' in scope ? leadScopeOf(root) : undefined;
    if (!lead) return (walker = createBlockWalker(scope));
    leadStart = lead.first;
    walker = createBlockWalker(lead);
    afterLead = () => createBlockWalker(scope);
  };

  return {
    get isInOrder() {
      return !isBeforeLead;
    },
    next(): TextBlock | WalkProgress {
      if (walker) {
        const step = fromWalker();
        if (step.kind !== 'done') return step;
        walker = undefined;
        if (afterLead) {
          walker = afterLead();
          afterLead = undefined;
          isBeforeLead = true;
          return WORKED;
        }
      }
      if (!hosts) {
        // Made on the first call: the tests read the matcher, which is ready by then.
        sieve ??= createSubtreeSieve(root, tests);
        const found = sieve.next();
        if (found.kind === 'worked') return WORKED;
        if (found.kind === 'scope') startWalk(found.scope);
        else hosts = searchShadowHosts({ root }, doc);
        return WORKED;
      }
      return hosts.search(onShadowRoot) ? WORKED : DONE;
    },
  };
}
