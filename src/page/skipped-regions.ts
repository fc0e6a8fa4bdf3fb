import { SKIPPED_ATTRIBUTES, SKIPPED_TAGS_SELECTOR } from './skip-rules.ts';

const SHOW_TEXT = 4;

/** What a walk needs to know beyond the text nodes themselves, found without visiting every element. */
export interface SkippedRegions {
  /**
   * Parents of the text inside skipped regions: a text node is skipped when its parent is here.
   * Asked once per change of parent, not per text node.
   */
  skippedParents: ReadonlySet<Node>;
  /** `<br>` and `<hr>` elements, in document order: each ends the run of text it interrupts. */
  breaks: readonly Element[];
}

type Scope = { root: Node } | { first: Node; last: Node };

/** Skipped regions found a query at a time, so a walk can check its time budget in between. */
export interface SkippedRegionsSearch {
  /** Runs the next query; returns the regions once every query has run. */
  step(): SkippedRegions | undefined;
}

/**
 * Finds every skipped element of a scope with native selector queries and collects the parents of
 * the text inside them, so the walk asks a Set instead of the DOM. Comparing each text node's
 * position with the next skipped region instead cost 70 ms more on a 3.5 MB thread (Chromium 156,
 * content script), and climbing each node's ancestors in script is slower still. Three queries
 * (tags, attributes, line breaks), one per step: as one, they took 46 ms on a page of 120k text nodes.
 */
export function searchSkippedRegions(scope: Scope): SkippedRegionsSearch {
  const tops: Node[] = [];
  if ('root' in scope) tops.push(scope.root);
  else
    for (let node: Node | null = scope.first; node; node = node === scope.last ? null : node.nextSibling)
      tops.push(node);
  const skippedParents = new Set<Node>();
  const breaks: Element[] = [];
  // A query lists regions in document order, so one inside the last walked (a <code> in a <pre>)
  // is skipped with it and not walked again.
  let outer: Element | undefined;
  const skip = (region: Element) => {
    if (outer?.contains(region)) return;
    outer = region;
    const walker = region.ownerDocument.createTreeWalker(region, SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) skippedParents.add(node.parentNode!);
  };
  const collect = (selector: string, found: (element: Element) => void) => {
    for (const node of tops) {
      if (node.nodeType === 1 && (node as Element).matches(selector)) found(node as Element);
      else if ('querySelectorAll' in node)
        for (const element of (node as ParentNode).querySelectorAll(selector)) found(element);
    }
  };
  const steps = [
    () => collect(SKIPPED_TAGS_SELECTOR, skip),
    () => collect(SKIPPED_ATTRIBUTES, skip),
    // Text right after a <br> starts a new run. Asking each text node for its previous sibling would
    // wrap thousands of nodes for the extension's world; the breaks are few, so find them instead.
    () => collect('br,hr', (element) => breaks.push(element)),
  ];
  return {
    step() {
      steps.shift()?.();
      return steps.length > 0 ? undefined : { skippedParents, breaks };
    },
  };
}
