import { browser } from 'wxt/browser';
import { createGlossaryIndex } from '../../src/glossary/glossary-index.ts';
import { pageTermsSchema, type ToContent } from '../../src/messaging/messages.ts';
import { createEntryView } from '../../src/popup/entry-view.ts';
import { findPageTab } from '../../src/popup/find-page-tab.ts';
import { renderPageTerms } from '../../src/popup/render-page-terms.ts';
import { renderReference } from '../../src/popup/render-reference.ts';
import { attachSearchBox } from '../../src/popup/search-box.ts';
import { bindSiteSwitch } from '../../src/popup/site-switch.ts';
import { markingEnabled } from '../../src/settings/items.ts';
import { readEnabledPacks } from '../../src/settings/packs.ts';
import { bindCheckbox } from '../../src/ui/bind-setting.ts';

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const packs = await readEnabledPacks();
const glossary = createGlossaryIndex(packs);
const entryView = createEntryView(
  { view: byId('entry-view'), back: byId('back'), card: byId('entry-card'), lists: [byId('lists')] },
  glossary,
);
for (const pack of packs) {
  byId('reference').append(renderReference(document, pack, entryView.open));
  const line = document.createElement('p');
  line.textContent = `${pack.title}: ${pack.attribution} ${pack.disclaimer}`;
  byId('source').append(line);
}
const input = byId<HTMLInputElement>('search');
const search = { input, results: byId('results'), status: byId('search-status'), reference: byId('reference') };
attachSearchBox({ ...search, onOpen: entryView.open }, packs);
bindCheckbox(byId<HTMLInputElement>('marking-enabled'), markingEnabled);
// "Open in reference" from a tooltip lands here with the entry in the address.
const linked = /^#entry=(.+)$/.exec(location.hash)?.[1];
if (!(linked && entryView.open(decodeURIComponent(linked)))) input.focus();

// The reader's tab: its terms, and the switch for its site.
const tabId = await findPageTab(browser);
const send = (message: ToContent) =>
  tabId === undefined ? Promise.reject(new Error('no tab')) : browser.tabs.sendMessage(tabId, message, { frameId: 0 });
const reply = pageTermsSchema().safeParse(await send({ type: 'get-page-terms' }).catch(() => undefined));
const pageTerms = reply.success ? reply.data : undefined;
byId('page-terms').replaceChildren(
  renderPageTerms(document, glossary, pageTerms, (entryId) => {
    void send({ type: 'step-term', direction: 'next', entryId }).then(async () => {
      // A real popup closes so the reader can see the page; the reference in a tab stays.
      if (!(await browser.tabs.getCurrent())) window.close();
    });
  }),
);
if (pageTerms) bindSiteSwitch(byId<HTMLInputElement>('site-enabled'), byId('site-label'), pageTerms.host);
