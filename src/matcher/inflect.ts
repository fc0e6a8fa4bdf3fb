const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * English plural spellings of a lower-case word, regular and the Latin and Greek ones medicine uses
 * (tibiae, gastrocnemii, thromboses). Over-generating is harmless — a spelling nobody writes never
 * matches — while a missing one loses real mentions.
 */
export function pluralsOf(word: string): string[] {
  if (!/^\p{L}+$/u.test(word) || word.length < 2) return [];
  const plurals = new Set<string>();
  const last = word.at(-1)!;
  // Greek -is words change their ending (thrombosis → thromboses), never add one.
  if (word.endsWith('is')) plurals.add(`${word.slice(0, -2)}es`);
  else if (/(s|x|z|ch|sh)$/.test(word)) plurals.add(`${word}es`);
  else if (last === 'y' && !VOWELS.has(word.at(-2)!)) plurals.add(`${word.slice(0, -1)}ies`);
  else plurals.add(`${word}s`);
  if (last === 'f') plurals.add(`${word.slice(0, -1)}ves`);
  if (word.endsWith('fe')) plurals.add(`${word.slice(0, -2)}ves`);
  if (word.endsWith('us')) plurals.add(`${word.slice(0, -2)}i`);
  if (word.endsWith('um')) plurals.add(`${word.slice(0, -2)}a`);
  if (last === 'a') plurals.add(`${word}e`);
  if (/[ei]x$/.test(word)) plurals.add(`${word.slice(0, -2)}ices`);
  plurals.delete(word);
  return [...plurals];
}

/** Spellings of a term's last word: plurals and possessives ("tendon's", "calves"). */
export function inflectionsOf(word: string): string[] {
  return [`${word}'s`, ...pluralsOf(word)];
}

/** An abbreviation's plural and possessive keep its case: DVT → DVTs, DVT's. */
export function abbreviationInflectionsOf(abbreviation: string): string[] {
  return [`${abbreviation}s`, `${abbreviation}'s`];
}
