import { BUNDLED_PACKS } from '../../src/glossary/bundled-packs.ts';
import { bindCheckbox, bindRadioGroup } from '../../src/ui/bind-setting.ts';
import { renderPackList } from '../../src/options/render-pack-list.ts';
import { OCCURRENCE_POLICIES } from '../../src/page/occurrence-policy.ts';
import { markingEnabled, occurrencePolicy, resetSettings } from '../../src/settings/items.ts';

document.getElementById('packs')?.append(...renderPackList(document, BUNDLED_PACKS));
bindCheckbox(document.getElementById('marking-enabled') as HTMLInputElement, markingEnabled);
bindRadioGroup(
  [...document.querySelectorAll<HTMLInputElement>('input[name="occurrence-policy"]')],
  occurrencePolicy,
  OCCURRENCE_POLICIES,
);
document.getElementById('reset')?.addEventListener('click', () => void resetSettings());
