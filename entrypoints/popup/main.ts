import { BUNDLED_PACKS } from '../../src/glossary/bundled-packs.ts';
import { describeSource } from '../../src/glossary/describe-source.ts';
import { renderReference } from '../../src/popup/render-reference.ts';
import { bindCheckbox } from '../../src/ui/bind-setting.ts';
import { attachSearchBox } from '../../src/popup/search-box.ts';
import { markingEnabled } from '../../src/settings/items.ts';

const byId = (id: string) => document.getElementById(id)!;
const reference = byId('reference');
for (const pack of BUNDLED_PACKS) {
  reference.append(renderReference(document, pack));
  const line = document.createElement('p');
  line.textContent = `${pack.title}: written in our own words from ${describeSource(pack)}. ${pack.disclaimer}`;
  byId('source').append(line);
}
const input = byId('search') as HTMLInputElement;
attachSearchBox({ input, results: byId('results'), status: byId('search-status'), reference }, BUNDLED_PACKS);
input.focus();
bindCheckbox(byId('marking-enabled') as HTMLInputElement, markingEnabled);
