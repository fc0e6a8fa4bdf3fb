import { storage } from 'wxt/utils/storage';
import { CATEGORIES, type Category } from '../glossary/categories.ts';
import { OCCURRENCE_POLICIES, type OccurrencePolicy } from '../matcher/occurrence-policy.ts';
import { MARK_COLOR } from '../ui/tokens.ts';
import { HOVER_DELAY_MS, HOVER_DELAY_RANGE } from './hover-delay.ts';
import { MARK_STYLES, type MarkStyleName } from './mark-style.ts';

/** Whether Termlight marks terms on pages at all. @default true */
export const markingEnabled = storage.defineItem<boolean>('local:markingEnabled', { fallback: true, version: 1 });

/** Which occurrences of a term are marked. @default 'all' */
export const occurrencePolicy = storage.defineItem<OccurrencePolicy>('local:occurrencePolicy', {
  fallback: 'all',
  version: 1,
});

/** Sites (host names, `www.` dropped) where Termlight marks nothing. @default [] */
export const disabledSites = storage.defineItem<string[]>('local:disabledSites', { fallback: [], version: 1 });

/** How marked terms look. @default 'dotted' */
export const markStyle = storage.defineItem<MarkStyleName>('local:markStyle', { fallback: 'dotted', version: 1 });

/**
 * Colour of the marks of entries that are not urgent (urgent ones stay red).
 * @default MARK_COLOR ('#0d9488', `--tl-mark` in src/ui/tokens.css)
 */
export const markColor = storage.defineItem<string>('local:markColor', { fallback: MARK_COLOR, version: 1 });

/** Milliseconds the pointer rests on a term before its tooltip shows. @default HOVER_DELAY_MS (300) */
export const hoverDelayMs = storage.defineItem<number>('local:hoverDelayMs', { fallback: HOVER_DELAY_MS, version: 1 });
export { HOVER_DELAY_RANGE };

/** Categories whose terms are not marked; new categories are marked by default. @default [] */
export const hiddenCategories = storage.defineItem<Category[]>('local:hiddenCategories', {
  fallback: [],
  version: 1,
});

/**
 * Entries (`pack/entry` ids) the reader chose not to have marked ("Don't mark this term" in the
 * tooltip). Search and lookup still find them; the options page lists them to mark again.
 * @default []
 */
export const hiddenEntries = storage.defineItem<string[]>('local:hiddenEntries', { fallback: [], version: 1 });

const COLOR = /^#[0-9a-f]{6}$/i;

const validPolicy = (value: OccurrencePolicy) =>
  OCCURRENCE_POLICIES.includes(value) ? value : occurrencePolicy.fallback;

/** Every display setting, each checked: storage may hold an old or hand-edited value. */
export interface DisplaySettings {
  policy: OccurrencePolicy;
  style: MarkStyleName;
  color: string;
  delayMs: number;
  hidden: ReadonlySet<Category>;
  /** Entries (`pack/entry`) not to mark. */
  hiddenEntries: ReadonlySet<string>;
}

/** The items `displaySettingsOf` reads, in its order. */
export const DISPLAY_ITEMS = [
  occurrencePolicy,
  markStyle,
  markColor,
  hoverDelayMs,
  hiddenCategories,
  hiddenEntries,
] as const;

export async function readDisplaySettings(): Promise<DisplaySettings> {
  return displaySettingsOf(await Promise.all(DISPLAY_ITEMS.map((item) => item.getValue())));
}

/** The display settings from the stored values of `DISPLAY_ITEMS`, each checked. */
export function displaySettingsOf(values: readonly unknown[]): DisplaySettings {
  const [policy, style, color, delayMs, hidden, entries] = values as [
    OccurrencePolicy,
    MarkStyleName,
    unknown,
    number,
    unknown,
    unknown,
  ];
  return {
    policy: validPolicy(policy),
    style: MARK_STYLES.includes(style) ? style : markStyle.fallback,
    color: typeof color === 'string' && COLOR.test(color) ? color : markColor.fallback,
    delayMs:
      Number.isFinite(delayMs) && delayMs >= HOVER_DELAY_RANGE.min && delayMs <= HOVER_DELAY_RANGE.max
        ? delayMs
        : hoverDelayMs.fallback,
    hidden: new Set(Array.isArray(hidden) ? hidden.filter((each: Category) => CATEGORIES.includes(each)) : []),
    hiddenEntries: new Set(Array.isArray(entries) ? entries.filter((each) => typeof each === 'string') : []),
  };
}

/** A site as the site switch stores it: the host name, lower case, without `www.`. */
export const siteKey = (host: string) => host.toLowerCase().replace(/^www\./, '');

/** Is Termlight switched off on this host (or on a parent domain of it)? */
export async function isSiteDisabled(host: string): Promise<boolean> {
  return isHostIn(await disabledSites.getValue(), host);
}

/** Is `host` one of `sites` (as `disabledSites` stores them), or a subdomain of one? */
export function isHostIn(sites: readonly string[], host: string): boolean {
  const key = siteKey(host);
  return sites.some((site) => key === site || key.endsWith(`.${site}`));
}

/** Switches Termlight on or off for one site. */
export async function setSiteEnabled(host: string, isEnabled: boolean): Promise<void> {
  const key = siteKey(host);
  const others = (await disabledSites.getValue()).filter((site) => site !== key);
  await disabledSites.setValue(isEnabled ? others : [...others, key].sort());
}

/** Marks an entry (`pack/entry`) on pages again, or stops marking it. */
export async function setEntryMarked(id: string, isMarked: boolean): Promise<void> {
  const others = (await hiddenEntries.getValue()).filter((each) => each !== id);
  await hiddenEntries.setValue(isMarked ? others : [...others, id]);
}

/** Every display and marking setting. Glossary packs are not settings and are kept. */
export const SETTING_ITEMS = [markingEnabled, disabledSites, ...DISPLAY_ITEMS] as const;

/** Every setting back to its default. */
export async function resetSettings(): Promise<void> {
  await Promise.all(SETTING_ITEMS.map((item) => item.removeValue()));
}
