/** Scope of a search: all of `root`'s descendants, or the siblings `first`…`last` and theirs. */
type Scope = { root: Node } | { first: Node; last: Node };

/** Elements looked at per step: about a millisecond of work. */
const CHUNK = 500;
const SHOW_ELEMENT = 1;
const ORDERED_SNAPSHOT = 7;

/**
 * Standard elements that may host a shadow root (DOM, `attachShadow`), `body` aside: the walk
 * starts there.
 */
const STANDARD_HOSTS = [
  'article',
  'aside',
  'blockquote',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
];

/**
 * Possible hosts, in one native query: every custom element (its name has a hyphen), and the
 * standard elements that can host a shadow root when they have no light-DOM content (a host's own
 * text lives in its shadow tree). Asking only these leaves the page's other elements without a
 * wrapper in the extension's world: on the 4,000-post thread the query took 6–11 ms where asking
 * 59,000 elements for `shadowRoot` took 11–15 ms (Chromium 156, page world; more in a content
 * script's). Limit: a standard element holding both light-DOM content and an open shadow root is
 * not looked at.
 */
export const HOST_XPATH =
  './/*[contains(local-name(), "-")] | .//*[not(*) and not(normalize-space()) and (' +
  STANDARD_HOSTS.map((name) => `local-name()="${name}"`).join(' or ') +
  ')]';

export interface ShadowHostSearch {
  /** Checks the next chunk, reporting open shadow roots; returns false once the scope is done. */
  search(found: (root: ShadowRoot) => void): boolean;
}

/**
 * Looks through a scope for open shadow roots, a chunk at a time. With XPath (every browser) only
 * the possible hosts are asked; without it (happy-dom, shadow roots as context) every element is.
 */
export function searchShadowHosts(scope: Scope, doc: Document): ShadowHostSearch {
  const tops = 'root' in scope ? [scope.root] : siblings(scope);
  const canQuery = typeof doc.evaluate === 'function' && tops.every((node) => node.nodeType === 1);
  return canQuery ? queriedHosts(tops as Element[], doc) : everyElement(tops, doc);
}

function queriedHosts(tops: Element[], doc: Document): ShadowHostSearch {
  let snapshot: XPathResult | undefined;
  let next = 0;
  return {
    search(found) {
      if (!snapshot || next >= snapshot.snapshotLength) {
        const top = tops.shift();
        if (!top) return false;
        if (top.shadowRoot) found(top.shadowRoot);
        snapshot = doc.evaluate(HOST_XPATH, top, null, ORDERED_SNAPSHOT, null);
        next = 0;
        return true;
      }
      for (const end = Math.min(snapshot.snapshotLength, next + CHUNK); next < end; next++) {
        const shadowRoot = (snapshot.snapshotItem(next) as Element).shadowRoot;
        if (shadowRoot) found(shadowRoot);
      }
      return true;
    },
  };
}

function everyElement(tops: Node[], doc: Document): ShadowHostSearch {
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
