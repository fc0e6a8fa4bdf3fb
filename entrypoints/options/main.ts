import { BUNDLED_PACKS } from '../../src/glossary/bundled-packs.ts';
import { CATEGORIES } from '../../src/glossary/schema.ts';
import { bindHiddenTerms } from '../../src/options/hidden-terms.ts';
import { bindImportForm, downloadPack } from '../../src/options/import-form.ts';
import { renderCategoryBoxes } from '../../src/options/render-category-boxes.ts';
import { renderPackList } from '../../src/options/render-pack-list.ts';
import { bindSiteList } from '../../src/options/site-list.ts';
import { OCCURRENCE_POLICIES } from '../../src/matcher/occurrence-policy.ts';
import { MARK_STYLES } from '../../src/settings/mark-style.ts';
import * as settings from '../../src/settings/items.ts';
import * as packs from '../../src/settings/packs.ts';
import { bindCheckbox, bindCheckboxList, bindColor, bindNumber, bindRadioGroup } from '../../src/ui/bind-setting.ts';

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const inputsNamed = (name: string) => [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];

bindCheckbox(byId('marking-enabled'), settings.markingEnabled);
bindRadioGroup(inputsNamed('occurrence-policy'), settings.occurrencePolicy, OCCURRENCE_POLICIES);
bindRadioGroup(inputsNamed('mark-style'), settings.markStyle, MARK_STYLES);
bindColor(byId('mark-color'), settings.markColor);
bindNumber(byId('hover-delay'), settings.hoverDelayMs, settings.HOVER_DELAY_RANGE);
byId('categories').append(...renderCategoryBoxes(document, CATEGORIES));
bindCheckboxList(inputsNamed('category'), settings.hiddenCategories, false);
bindSiteList({
  list: byId('sites'),
  form: byId('site-form'),
  input: byId('site-input'),
  message: byId('site-message'),
});
bindHiddenTerms(
  { list: byId('hidden-terms'), message: byId('hidden-terms-message'), heading: byId('hidden-terms-heading') },
  packs.readAllPacks,
);
byId('reset').addEventListener('click', () => void settings.resetSettings());

const bundled = new Set(BUNDLED_PACKS.map((pack) => pack.id));
const showPacks = async () => {
  const [all, disabled] = await Promise.all([packs.readAllPacks(), packs.disabledPacks.getValue()]);
  const actions = {
    disabled: new Set(disabled),
    bundled,
    onToggle: (id: string, isEnabled: boolean) => void packs.setPackEnabled(id, isEnabled),
    onExport: (pack: (typeof all)[number]) => downloadPack(document, pack),
    onRemove: (id: string) => void packs.removeImportedPack(id),
  };
  byId('packs').replaceChildren(...renderPackList(document, all, actions));
};
void showPacks();
packs.importedPacks.watch(() => void showPacks());
packs.disabledPacks.watch(() => void showPacks());
bindImportForm({ input: byId('import-file'), message: byId('import-message') }, bundled, packs.saveImportedPack);
