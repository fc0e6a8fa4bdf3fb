import { createBlockWalker, type BlockWalker, type TextBlock } from './block-walker.ts';
import { createHugeDescent, elementCount, HUGE_ELEMENTS, type HugeDescent } from './huge-descent.ts';
import type { UnwalkedBlock } from './lazy-block.ts';
import { walkableLead } from './lead-scope.ts';
import { customElementsByXPath, searchPossibleHosts } from './possible-hosts.ts';
import { searchShadowHosts, type ShadowHostSearch } from './shadow-hosts.ts';
import { createSubtreeSieve, type SubtreeSieve } from './subtree-sieve.ts';
import type { TextTests } from './text-tests.ts';
import { DONE, WORKED, type WalkProgress } from './walk-progress.ts';

export interface RootScan {
  /** The next block (walked, or found whole on a huge root), or how far the scan is. */
  next(): TextBlock | UnwalkedBlock | WalkProgress;
  /**
   * Do blocks come in document order? They do, but for the blocks before the lead (lead-scope.ts)
   * while the walk that follows it has not reached it yet.
   */
  readonly isInOrder: boolean;
}

/**
 * The walk of a whole root (the page's body, or an open shadow root): the sieve finds where a
 * term can be, the walker reads only there, then the root is searched for open shadow roots.
 * The start of the root's content, where a term can be in it (`walkableLead`), is walked first,
 * so the reader's first screen is marked before the sieve reads the whole root and tests its
 * density (16–19 ms on the 600-post thread in Chromium 156, cold) and before the queries over the
 * whole root (about 30 ms on the 4,000-post thread): a lab build with User Timing marks, timed by
 * `node tests/bench/first-paint-parts.ts DIR`. A root of more than `hugeElements` elements is not
 * sieved but read element by element (huge-descent.ts), and only its elements that can host a
 * shadow root are asked for one (possible-hosts.ts).
 */
export function createRootScan(
  root: Node & ParentNode,
  tests: TextTests,
  onShadowRoot: (shadowRoot: ShadowRoot) => void,
  hugeElements = HUGE_ELEMENTS,
): RootScan {
  const doc = root.ownerDocument ?? (root as unknown as Document);
  let sieve: SubtreeSieve | HugeDescent | undefined;
  let walker: BlockWalker | undefined;
  let hosts: ShadowHostSearch | undefined;
  let isHuge = false;
  /** First text node of each block the lead handed out: the walks that follow pass over them. */
  const leadBlocks = new Set<Text>();
  let leadStart: Node | undefined;
  let isLeadWalk = false;
  let isBeforeLead = false;
  let isLeadLooked = false;

  /** Is the block starting at text node `first` new? (Not one the lead handed out already.) */
  const isNew = (first: Text): boolean => {
    if (!leadStart) return true;
    if (isLeadWalk) {
      leadBlocks.add(first);
      return true;
    }
    if (isBeforeLead && (first === leadStart || leadStart.compareDocumentPosition(first) & 4)) isBeforeLead = false;
    return !leadBlocks.delete(first);
  };
  const fromWalker = (): TextBlock | WalkProgress => {
    for (;;) {
      const step = walker!.next();
      if (step.kind !== 'block' || isNew(step.nodes[0]!)) return step;
    }
  };
  /** Made on the first call: the tests read the matcher, which is ready by then. */
  const lookAtLead = () => {
    isLeadLooked = true;
    const lead = walkableLead(root, tests);
    if (!lead) return;
    leadStart = lead.first;
    isLeadWalk = true;
    walker = createBlockWalker(lead);
  };

  return {
    get isInOrder() {
      return !isBeforeLead;
    },
    next() {
      if (!isLeadLooked) {
        lookAtLead();
        return WORKED;
      }
      if (walker) {
        const step = fromWalker();
        if (step.kind !== 'done') return step;
        walker = undefined;
        if (isLeadWalk) {
          isLeadWalk = false;
          isBeforeLead = true;
          return WORKED;
        }
      }
      if (!hosts) {
        if (!sieve) {
          isHuge = elementCount(root) > hugeElements;
          sieve = isHuge ? createHugeDescent(root) : createSubtreeSieve(root, tests);
        }
        const found = sieve.next();
        if (found.kind === 'worked') return WORKED;
        if (found.kind === 'unwalked') return isNew(found.first) ? found : WORKED;
        if (found.kind === 'scope') walker = createBlockWalker(found.scope);
        // A huge root's hosts are looked for among the elements that can be one (possible-hosts.ts);
        // without XPath (happy-dom) every element is asked.
        else if (isHuge && typeof doc.evaluate === 'function')
          hosts = searchPossibleHosts(root, customElementsByXPath(doc));
        else hosts = searchShadowHosts({ root }, doc);
        return WORKED;
      }
      return hosts.search(onShadowRoot) ? WORKED : DONE;
    },
  };
}
