import type { WxtStorageItem } from 'wxt/utils/storage';

/**
 * Keeps a checkbox and a boolean setting in step both ways: a change made elsewhere (the popup,
 * another options tab) shows at once. Returns the unwatch function.
 */
export function bindCheckbox(
  input: HTMLInputElement,
  item: WxtStorageItem<boolean, Record<string, unknown>>,
): () => void {
  void item.getValue().then((value) => (input.checked = value));
  input.addEventListener('change', () => void item.setValue(input.checked));
  return item.watch((value) => (input.checked = value ?? item.fallback));
}

/** The same for a group of radio buttons whose values are the setting's allowed values. */
export function bindRadioGroup<T extends string>(
  inputs: readonly HTMLInputElement[],
  item: WxtStorageItem<T, Record<string, unknown>>,
  allowed: readonly T[],
): () => void {
  const show = (value: T) => inputs.forEach((input) => (input.checked = input.value === value));
  void item.getValue().then(show);
  for (const input of inputs)
    input.addEventListener('change', () => {
      if (input.checked && (allowed as readonly string[]).includes(input.value)) void item.setValue(input.value as T);
    });
  return item.watch((value) => show(value ?? item.fallback));
}
