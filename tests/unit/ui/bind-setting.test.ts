import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { markingEnabled, occurrencePolicy } from '../../../src/settings/items.ts';
import { bindCheckbox, bindRadioGroup } from '../../../src/ui/bind-setting.ts';
import { OCCURRENCE_POLICIES } from '../../../src/matcher/occurrence-policy.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '';
});

describe('bindCheckbox', () => {
  it('shows the stored value, writes changes, and follows changes made elsewhere', async () => {
    await markingEnabled.setValue(false);
    document.body.innerHTML = '<input id="c" type="checkbox" checked>';
    const input = document.getElementById('c') as HTMLInputElement;
    const unwatch = bindCheckbox(input, markingEnabled);
    await settle();
    expect(input.checked).toBe(false);
    input.checked = true;
    input.dispatchEvent(new Event('change'));
    await settle();
    expect(await markingEnabled.getValue()).toBe(true);
    await markingEnabled.setValue(false);
    await settle();
    expect(input.checked).toBe(false);
    unwatch();
  });
});

describe('bindRadioGroup', () => {
  it('checks the stored value and stores the checked one', async () => {
    document.body.innerHTML = OCCURRENCE_POLICIES.map((p) => `<input type="radio" name="p" value="${p}">`).join('');
    const inputs = [...document.querySelectorAll<HTMLInputElement>('input')];
    const unwatch = bindRadioGroup(inputs, occurrencePolicy, OCCURRENCE_POLICIES);
    await settle();
    expect(inputs.find((input) => input.checked)?.value).toBe('all');
    inputs[2]!.checked = true;
    inputs[2]!.dispatchEvent(new Event('change'));
    await settle();
    expect(await occurrencePolicy.getValue()).toBe('first-per-page');
    unwatch();
  });
});
