// Functions evaluated inside fixture pages (serialized by Playwright and Puppeteer: self-contained).

/** Every marked term of the document (not its shadow roots), from `CSS.highlights`, as `[highlight name, text]` in order. */
export function readMarks(): [string, string][] {
  const found: [string, string, Range][] = [];
  for (const name of ['termlight', 'termlight-urgent']) {
    for (const marked of (CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>) {
      if (marked.startContainer.getRootNode() !== document) continue; // see readShadowMarks
      const range = document.createRange();
      range.setStart(marked.startContainer, marked.startOffset);
      range.setEnd(marked.endContainer, marked.endOffset);
      found.push([name, range.toString(), range]);
    }
  }
  found.sort((a, b) => a[2].compareBoundaryPoints(Range.START_TO_START, b[2]));
  return found.map(([name, text]) => [name, text]);
}

/**
 * Marked terms inside open shadow roots, read back from `CSS.highlights` (ranges there are not
 * visible to a document Range), with whether the shadow root adopted Termlight's highlight styles.
 */
export function readShadowMarks(): { texts: string[]; styledRoots: number } {
  const texts: string[] = [];
  const roots = new Set<Node>();
  for (const name of ['termlight', 'termlight-urgent']) {
    for (const marked of (CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>) {
      const root = marked.startContainer.getRootNode();
      if (!(root instanceof ShadowRoot)) continue;
      roots.add(root);
      texts.push((marked.startContainer as Text).data.slice(marked.startOffset, marked.endOffset));
    }
  }
  const styledRoots = [...roots].filter((root) =>
    (root as ShadowRoot).adoptedStyleSheets.some((sheet) =>
      [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(termlight)')),
    ),
  ).length;
  return { texts: texts.sort(), styledRoots };
}

/** Is the live body exactly what the server sent? (Re-parses the page's own HTML to compare.) */
export async function isBodyAsServed(): Promise<boolean> {
  const html = await (await fetch(location.href)).text();
  return new DOMParser().parseFromString(html, 'text/html').body.innerHTML === document.body.innerHTML;
}

/** Appends forum posts, as an infinite-scroll page would. */
export function appendPosts(texts: string[]): void {
  for (const text of texts) {
    const post = document.createElement('article');
    post.className = 'post';
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    post.append(paragraph);
    document.body.append(post);
  }
}

/** How many `termlight:scan` slices have been recorded so far. */
export function scanCount(): number {
  return performance.getEntriesByName('termlight:scan').length;
}

/** Viewport centre of the `occurrence`-th appearance of `text` in the body's text (for the mouse). */
export function pointOfText([text, occurrence]: [string, number]): { x: number; y: number } {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    for (let at = data.indexOf(text); at >= 0; at = data.indexOf(text, at + 1)) {
      if (seen++ < occurrence) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  throw new Error(`“${text}” not on the page`);
}

/** The tooltip as a reader sees it: its card's heading and id, or null when none is shown. */
export function readTooltip(): { term: string; card: string; text: string; rect: DOMRect } | null {
  const root = document.querySelector('termlight-ui')?.shadowRoot;
  const box = root?.querySelector<HTMLElement>('.tippy-box');
  if (!box || box.dataset.state !== 'visible') return null;
  const heading = box.querySelector('h2');
  return {
    term: heading?.firstChild?.textContent ?? '',
    card: box.querySelector('article')?.getAttribute('aria-labelledby') ?? '',
    text: box.textContent ?? '',
    rect: box.getBoundingClientRect().toJSON() as DOMRect,
  };
}

/**
 * Sends a message to the reader's tab from an extension page open in another tab, as the popup
 * and the background do (the tab used last before this one, like find-page-tab.ts).
 */
export async function sendToReaderTab(message: unknown): Promise<unknown> {
  interface TabsApi {
    getCurrent(): Promise<{ id: number; windowId: number }>;
    query(q: object): Promise<{ id: number; lastAccessed?: number }[]>;
    sendMessage(id: number, message: unknown, options: object): Promise<unknown>;
  }
  const api = ((globalThis as { browser?: { tabs: TabsApi } }).browser ??
    (globalThis as unknown as { chrome: { tabs: TabsApi } }).chrome)!.tabs;
  const self = await api.getCurrent();
  const tabs = (await api.query({ windowId: self.windowId })).filter((tab) => tab.id !== self.id);
  tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return api.sendMessage(tabs[0]!.id, message, { frameId: 0 });
}

/** The text under the "current term" highlight that next/previous term move. */
export function readCurrentTerm(): string | null {
  const ranges = [...((CSS.highlights.get('termlight-current') ?? []) as Iterable<AbstractRange>)];
  if (ranges.length === 0) return null;
  const range = document.createRange();
  range.setStart(ranges[0]!.startContainer, ranges[0]!.startOffset);
  range.setEnd(ranges[0]!.endContainer, ranges[0]!.endOffset);
  return range.toString();
}

/** Chooses a file in the options page's import input, as a reader would. */
export function chooseImportFile([name, text]: [string, string]): void {
  const input = document.getElementById('import-file') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: name.endsWith('.csv') ? 'text/csv' : 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

/** How often the engine has drained its work so far (`termlight:idle` marks): a wait condition. */
export function idleCount(): number {
  return performance.getEntriesByName('termlight:idle').length;
}

/**
 * Has the content script finished starting (`termlight:ready`): settings read, and marking
 * started (its highlights registered in `CSS.highlights`) or, on a site switched off, not?
 */
export function isReady(): boolean {
  return performance.getEntriesByName('termlight:ready').length > 0;
}

/** Posts of the SPA fixture (spa.js) with a marked term, among those it rendered for `topic`. */
export function markedPostCount(topic: string): number {
  const posts = new Set<Element>();
  for (const name of ['termlight', 'termlight-urgent']) {
    for (const marked of (CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>) {
      const post = marked.startContainer.parentElement?.closest('article');
      if (post?.isConnected && post.textContent?.includes(`(${topic} #`)) posts.add(post);
    }
  }
  return posts.size;
}

/**
 * Resolves once every timer of up to `ms` that the last pointer input could have started has run:
 * Termlight handles pointer moves on the next animation frame, and timers run in the order they
 * fall due (HTML's timer initialization steps). A condition, not a guess at how long is enough,
 * for asserting that something did *not* happen (a tooltip that must stay).
 */
export async function afterTimersOf(ms: number): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, ms));
}
