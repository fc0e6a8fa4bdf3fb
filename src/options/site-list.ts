import { disabledSites, setSiteEnabled, siteKey } from '../settings/items.ts';
import { button } from '../ui/element.ts';

export interface SiteListParts {
  list: HTMLUListElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  message: HTMLElement;
}

// A host name, or an address pasted whole (its host is kept).
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** The host an entry names: "https://www.example.com/page" and "Example.com" are both example.com. */
export function parseSite(text: string): string | undefined {
  const trimmed = text.trim();
  let host = trimmed;
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) host = new URL(trimmed).hostname;
  } catch {
    return undefined;
  }
  return HOST.test(host) ? siteKey(host) : undefined;
}

/** The editable list of sites where Termlight is off (the popup's site switch writes the same list). */
export function bindSiteList(parts: SiteListParts): () => void {
  const { list, form, input, message } = parts;
  const doc = list.ownerDocument;
  const show = (sites: readonly string[]) => {
    list.replaceChildren(
      ...sites.map((site) => {
        const item = doc.createElement('li');
        item.className = 'site';
        const name = doc.createElement('span');
        name.textContent = site;
        item.append(
          name,
          // WCAG 2.5.3 label in name: the accessible name contains the visible "Remove".
          button(
            doc,
            undefined,
            'Remove',
            () => void setSiteEnabled(site, true),
            `Remove ${site}: mark terms there again`,
          ),
        );
        return item;
      }),
    );
    if (sites.length === 0) {
      const empty = doc.createElement('li');
      empty.className = 'hint';
      empty.textContent = 'None: Termlight marks terms on every site.';
      list.append(empty);
    }
  };
  void disabledSites.getValue().then(show);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const site = parseSite(input.value);
    if (!site) {
      message.textContent = `“${input.value.trim()}” is not a site name; write it like example.com.`;
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    message.textContent = '';
    input.removeAttribute('aria-invalid');
    input.value = '';
    void setSiteEnabled(site, false);
  });
  return disabledSites.watch((sites) => show(sites ?? []));
}
