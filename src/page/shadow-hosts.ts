/** Scope of a search: all of `root`'s descendants, or the siblings `first`…`last` and theirs. */
type Scope = { root: Node } | { first: Node; last: Node };

/** Elements looked at per step: about a millisecond of work. */
const CHUNK = 500;
const SHOW_ELEMENT = 1;

export interface ShadowHostSearch {
  /** Checks the next chunk, reporting open shadow roots; returns false once the scope is done. */
  search(found: (root: ShadowRoot) => void): boolean;
}

/**
 * Looks through a scope's elements for open shadow roots, a chunk at a time, so the work falls
 * in the caller's slices. Native queries for the possible hosts only (custom elements by XPath
 * `//*[contains(local-name(), "-")]`, plus the standard elements that can host one) were tried
 * and dropped: one query cannot be cut into slices, and on the 4,000-post thread it took
 * 100–280 ms (Chromium 156, page world; `node tests/bench/shadow-host-queries.ts`), against
 * 11–15 ms to ask all 59,000 elements in chunks. A huge root asks only its possible hosts, by
 * collections cut into steps and one query for custom elements (possible-hosts.ts).
 */
export function searchShadowHosts(scope: Scope, doc: Document): ShadowHostSearch {
  const tops = 'root' in scope ? [scope.root] : siblings(scope);
  let walker: TreeWalker | undefined;
  return {
    search(found) {
      for (let checked = 0; checked < CHUNK; checked++) {
        let element = walker?.nextNode() as Element | null | undefined;
        while (!element) {
          const next = tops.shift();
          if (!next) return false;
          walker = doc.createTreeWalker(next, SHOW_ELEMENT);
          if (next.nodeType === 1) element = next as Element;
          else element = walker.nextNode() as Element | null;
        }
        if (element.shadowRoot) found(element.shadowRoot);
      }
      return true;
    },
  };
}

function siblings(scope: { first: Node; last: Node }): Node[] {
  const list: Node[] = [];
  for (let node: Node | null = scope.first; node; node = node === scope.last ? null : node.nextSibling) list.push(node);
  return list;
}
