import type { ShadowHostSearch } from './shadow-hosts.ts';

/**
 * The standard elements that may host a shadow root: the DOM standard's list for `attachShadow`
 * (https://dom.spec.whatwg.org/#dom-element-attachshadow). Any other host is a custom element,
 * whose name holds a hyphen. `<b>`, `<a>`, `<li>`, `<td>` and the rest throw there.
 */
export const STANDARD_HOSTS = [
  'article',
  'aside',
  'blockquote',
  'body',
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
] as const;

/** Elements asked per step, as in the every-element search (shadow-hosts.ts). */
const CHUNK = 500;
const ORDERED_NODE_SNAPSHOT_TYPE = 7;
const FOLLOWING = 4;

/** Elements by index: a live `HTMLCollection`, or a snapshot of an XPath query. */
export interface ElementList {
  item(index: number): Element | null;
}

/** The custom elements below `top`, in document order. */
export type CustomElementsOf = (top: Node) => ElementList;

/** One native XPath query: no wrapper for an element that is not a custom element. */
export const customElementsByXPath =
  (doc: Document): CustomElementsOf =>
  (top) => {
    const snapshot = doc.evaluate('.//*[contains(local-name(), "-")]', top, null, ORDERED_NODE_SNAPSHOT_TYPE, null);
    return { item: (index) => snapshot.snapshotItem(index) as Element | null };
  };

/**
 * Looks for open shadow roots on the elements that can hold one only: under each top element of
 * the root, the live `getElementsByTagName` collection of each standard host name, then the custom
 * elements (`customElementsOf`, one XPath query). A step asks up to `CHUNK` elements or opens one
 * collection (its first item walks the tree natively, without wrappers), so the work falls into the
 * caller's slices. The roots found are reported in their hosts' document order when the search
 * ends, as the every-element search finds them.
 *
 * Why: asking every element for `shadowRoot` makes a wrapper in the extension's world for each
 * (the 120k-node app's 40,000 `<b>` among them, on every navigation): steps of 17–37 ms of CPU
 * where a millisecond was planned, and more for the scavenges in our slices to go through. The
 * standard hosts of a huge root are mostly elements the huge descent has wrapped already
 * (huge-descent.ts); an absent name costs one native pass (1–2 ms on the app). Traced with
 * `node tests/bench/spa-navigations.ts --trace --chromium DIR` (docs/performance.md, "The
 * single-page app's navigations, the twelfth session").
 *
 * A live collection shifts when the page removes elements before the search's place in it: the
 * place is found again from the last element asked (a binary search in document order), or the
 * collection is asked again from its start when that element left (asking twice is harmless).
 */
export function searchPossibleHosts(root: Node & ParentNode, customElementsOf: CustomElementsOf): ShadowHostSearch {
  const tops: Element[] = root.nodeType === 1 ? [root as Element] : [...root.children];
  const found: ShadowRoot[] = [];
  /** Lists still to ask, first next: for each top element, itself, then its standard hosts, then its custom elements. */
  const lists: (() => ElementList)[] = [];
  for (const top of tops) {
    lists.push(() => ({ item: (index) => (index === 0 ? top : null) }));
    for (const name of STANDARD_HOSTS) lists.push(() => top.getElementsByTagName(name));
    lists.push(() => customElementsOf(top));
  }
  let list: ElementList | undefined;
  let index = 0;
  let last: Element | undefined;

  const report = (each: (root: ShadowRoot) => void) => {
    found.sort((a, b) => (a.host.compareDocumentPosition(b.host) & FOLLOWING ? -1 : 1));
    for (const shadowRoot of found) each(shadowRoot);
  };
  return {
    search(each) {
      if (!list) {
        const next = lists.shift();
        if (!next) {
          report(each);
          return false;
        }
        list = next();
        index = 0;
        last = undefined;
      } else if (last && list.item(index - 1) !== last) index = placeAfter(list, last);
      for (let asked = 0; asked < CHUNK; asked++) {
        const element = list.item(index);
        if (!element) {
          list = undefined;
          return true;
        }
        index++;
        last = element;
        const shadowRoot = element.shadowRoot;
        if (shadowRoot && !found.includes(shadowRoot)) found.push(shadowRoot);
      }
      return true;
    },
  };
}

/** The index of the first element of `list` after `last` in document order; 0 if `last` left. */
function placeAfter(list: ElementList, last: Element): number {
  if (!last.isConnected) return 0;
  let low = 0;
  let high = 1;
  while (list.item(high - 1) && !(last.compareDocumentPosition(list.item(high - 1)!) & FOLLOWING)) high *= 2;
  while (low < high) {
    const middle = (low + high) >> 1;
    const element = list.item(middle);
    if (!element || last.compareDocumentPosition(element) & FOLLOWING) high = middle;
    else low = middle + 1;
  }
  return low;
}
