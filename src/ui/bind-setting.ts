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

/** A number input and a numeric setting; values outside `min`–`max` are not stored. */
export function bindNumber(
  input: HTMLInputElement,
  item: WxtStorageItem<number, Record<string, unknown>>,
  range: { min: number; max: number },
): () => void {
  void item.getValue().then((value) => (input.value = String(value)));
  input.addEventListener('change', () => {
    const value = input.valueAsNumber;
    const isValid = Number.isFinite(value) && value >= range.min && value <= range.max;
    input.setAttribute('aria-invalid', String(!isValid));
    if (isValid) void item.setValue(value);
  });
  return item.watch((value) => (input.value = String(value ?? item.fallback)));
}

/** Checkboxes whose values are the members of a stored list (`isListed` false: checked = not listed). */
export function bindCheckboxList<T extends string>(
  inputs: readonly HTMLInputElement[],
  item: WxtStorageItem<T[], Record<string, unknown>>,
  isListed: boolean,
): () => void {
  const show = (values: readonly string[]) =>
    inputs.forEach((input) => (input.checked = values.includes(input.value) === isListed));
  void item.getValue().then(show);
  for (const input of inputs)
    input.addEventListener('change', () => {
      const values = inputs.filter((each) => each.checked === isListed).map((each) => each.value as T);
      void item.setValue(values);
    });
  return item.watch((values) => show(values ?? item.fallback));
}

/** A colour input and a `#rrggbb` setting. */
export function bindColor(input: HTMLInputElement, item: WxtStorageItem<string, Record<string, unknown>>): () => void {
  void item.getValue().then((value) => (input.value = value));
  input.addEventListener('change', () => {
    if (/^#[0-9a-f]{6}$/i.test(input.value)) void item.setValue(input.value);
  });
  return item.watch((value) => (input.value = value ?? item.fallback));
}
