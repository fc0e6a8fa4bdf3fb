import { disabledSites, isSiteDisabled, setSiteEnabled, siteKey } from '../settings/items.ts';

/** The popup's "Mark terms on <site>" switch, kept in step with the options page's site list. */
export function bindSiteSwitch(input: HTMLInputElement, label: HTMLElement, host: string): () => void {
  label.textContent = `Mark terms on ${siteKey(host)}`;
  input.disabled = host === '';
  const show = async () => (input.checked = !(await isSiteDisabled(host)));
  void show();
  input.addEventListener('change', () => void setSiteEnabled(host, input.checked));
  return disabledSites.watch(() => void show());
}
