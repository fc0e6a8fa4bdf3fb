import type { WalkScope } from './block-walker.ts';
import { childUnitsOf, isOneBlock, type ChildUnit } from './child-units.ts';
import type { TextTests } from './text-tests.ts';
import { DONE, WORKED, type WalkProgress } from './walk-progress.ts';

/** A part of the root the walker must read: a term can be there. */
export interface SievedScope {
  kind: 'scope';
  scope: WalkScope;
}

export interface SubtreeSieve {
  /** The next scope to walk, in document order, or how far the sieve is. */
  next(): SievedScope | WalkProgress;
}

/** Elements and runs looked at per step: well under a millisecond. */
const UNITS_PER_STEP = 32;
/**
 * Characters of a subtree's text asked `mayHold` in one step: about a millisecond (the whole
 * lighthouse article, 0.5 MB, took 4.9–6.3 ms in a content script of Chromium 156, and made the
 * longest slice of that page 10.6 ms in one step).
 */
const SCAN_CHARS = 100_000;

type Unit =
  | ChildUnit
  /** A long text being asked `mayHold` a stretch at a time, from `from` on. */
  | { kind: 'scan'; node: Node & ParentNode; text: string; from: number };

/**
 * Finds the parts of `root` where a term can be, reading whole subtrees with `textContent` (one
 * native call, no wrapper per text node for the extension's world) instead of walking them:
 *
 * - no form readable anywhere in a subtree's text, word boundaries or not (`mayHold`): nothing to
 *   walk there;
 * - a subtree that is one block (no element below it splits text): its text is the block's, so the
 *   matcher decides exactly whether it is walked;
 * - dense text (a forum thread about the topic): walked whole, looking inside would cost more;
 * - otherwise its children are looked at, each element apart and each run of inline content
 *   (text joined across inline elements) as one, walked if `mayHold` says a form can be there.
 *
 * Text read across several blocks is only ever asked `mayHold`, which asks for no word boundary
 * before or after a form, so text joined across a block boundary ("…foo</p><p>calf…") cannot hide
 * a term.
 */
export function createSubtreeSieve(root: Node & ParentNode, tests: TextTests): SubtreeSieve {
  const stack: Unit[] = [{ kind: 'element', node: root, text: undefined }];

  const scopeOf = (node: Node): SievedScope => ({
    kind: 'scope',
    scope: node === root ? { root } : { first: node, last: node },
  });
  /** A form can be in `node`'s text: walk it whole if dense, else look at its children. */
  const lookInside = (node: Node & ParentNode, text: string): SievedScope | undefined => {
    if (tests.isDense(text)) return scopeOf(node);
    stack.push(...childUnitsOf(node).reverse());
    return undefined;
  };
  const examine = (node: Node & ParentNode, known: string | undefined): SievedScope | undefined => {
    const text = known ?? node.textContent ?? '';
    if (isOneBlock(node)) return tests.holds(text) ? scopeOf(node) : undefined;
    if (text.length > SCAN_CHARS) {
      stack.push({ kind: 'scan', node, text, from: 0 });
      return undefined;
    }
    return tests.mayHold(text) ? lookInside(node, text) : undefined;
  };

  return {
    next() {
      for (let done = 0; done < UNITS_PER_STEP; done++) {
        const unit = stack.pop();
        if (!unit) return DONE;
        if (unit.kind === 'scan') {
          const { node, text, from } = unit;
          const to = from + SCAN_CHARS;
          if (tests.mayHold(text, from, to)) return lookInside(node, text) ?? WORKED;
          if (to < text.length) stack.push({ ...unit, from: to });
          // A stretch is a step of its own, so the caller reads the clock after it.
          return WORKED;
        }
        if (unit.kind === 'element') {
          const found = examine(unit.node, unit.text);
          if (found) return found;
        } else if (unit.isOneBlock ? tests.holds(unit.text) : tests.mayHold(unit.text)) {
          return { kind: 'scope', scope: { first: unit.first, last: unit.last } };
        }
      }
      return WORKED;
    },
  };
}
