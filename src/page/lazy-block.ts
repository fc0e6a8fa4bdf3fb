import { createBlockWalker } from './block-walker.ts';
import type { MarkedBlock, MarkedTerm } from './term-index.ts';

/**
 * A block found without walking its text nodes: an element (or a run of inline siblings) with
 * nothing below it that splits text, so its native `textContent` is exactly the block's text
 * (huge-descent.ts). `first` is its first text node, its place in document order.
 */
export interface UnwalkedBlock {
  kind: 'unwalked';
  text: string;
  first: Text;
  scope: { first: Node; last: Node };
}

/**
 * A marked block whose text nodes are looked up only when first asked for (`nodes`, `starts`): on
 * the 120k-node single-page app a walk made a wrapper, in the extension's world, for every text
 * node and its parent (about 175,000 per navigation), and the collector's work grew with them
 * (docs/performance.md, "What is in the long slices…"). The painter asks when it paints the
 * block, the index when the pointer or the keyboard reaches it. If the page changed the block's
 * first text node or its text's length before that (its mutation batch has not run yet), the block
 * has no nodes: nothing is painted or hit there, and the batch marks it again; a change that keeps
 * both leaves offsets stale until the batch, as a walked block's are. One object per block, holding
 * no text (only its length): the index keeps 20,000 of them on that page.
 */
export class LazyBlock implements MarkedBlock {
  readonly first: Text;
  /** The first and last of the siblings whose subtrees hold the block: the index finds it by them. */
  readonly scopeFirst: Node;
  readonly scopeLast: Node;
  readonly terms: readonly MarkedTerm[];
  readonly #length: number;
  #nodes: readonly Text[] | undefined;
  #starts: readonly number[] = [];

  constructor(found: UnwalkedBlock, terms: readonly MarkedTerm[]) {
    this.first = found.first;
    this.scopeFirst = found.scope.first;
    this.scopeLast = found.scope.last;
    this.terms = terms;
    this.#length = found.text.length;
  }

  get nodes(): readonly Text[] {
    return this.#nodes ?? this.#resolve();
  }

  get starts(): readonly number[] {
    if (!this.#nodes) this.#resolve();
    return this.#starts;
  }

  /** Walks the block's siblings for its text nodes: the first block there, if it is still this one. */
  #resolve(): readonly Text[] {
    this.#nodes = [];
    const walker = createBlockWalker({ first: this.scopeFirst, last: this.scopeLast });
    for (let step = walker.next(); step.kind !== 'done'; step = walker.next()) {
      if (step.kind !== 'block') continue;
      if (step.nodes[0] === this.first && step.text.length === this.#length) {
        this.#nodes = [...step.nodes];
        this.#starts = [...step.starts];
      }
      break;
    }
    return this.#nodes;
  }
}

export const isLazyBlock = (block: MarkedBlock): block is LazyBlock => block instanceof LazyBlock;

/** The block's first text node, without looking its nodes up. */
export const firstNodeOf = (block: MarkedBlock): Text => (isLazyBlock(block) ? block.first : block.nodes[0]!);
