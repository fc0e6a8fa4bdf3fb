import { foldSurfaceForm } from './pack-rules.ts';
import type { GlossaryEntry, GlossaryPack } from './schema.ts';

/** One entry as search sees it. */
export interface SearchHit {
  pack: GlossaryPack;
  entry: GlossaryEntry;
  /** The form that matched best ("DVT", "charley horse"), for showing why it matched. */
  matchedForm: string;
  score: number;
}

/**
 * Folds what people type and what the glossary holds to one spelling: case, accents ("oedème"),
 * curly apostrophes, and hyphens or runs of spaces.
 */
export function foldForSearch(text: string): string {
  // The glossary's own folding (case, apostrophes, hyphens, spaces), with accents dropped first.
  return foldSurfaceForm(text.normalize('NFKD').replace(/\p{M}/gu, ''));
}

/** Edit distance with transpositions (Damerau), stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How well one folded form answers a folded query; 0 when it does not. */
function scoreForm(form: string, query: string): number {
  if (form === query) return 100;
  if (form.startsWith(query)) return 80 - Math.min(10, form.length - query.length);
  if (form.split(' ').some((word) => word.startsWith(query))) return 60;
  if (query.length >= 3 && form.includes(query)) return 40;
  // One typo ("gastrocnemeus"), once a query is long enough for one letter not to change the word.
  if (query.length >= 4 && editDistance(form, query, 1) <= 1) return 50;
  if (query.length >= 4 && form.split(' ').some((word) => editDistance(word, query, 1) <= 1)) return 30;
  return 0;
}

/**
 * Entries of every pack that answer `query`: terms, aliases and abbreviations first, tolerant of
 * case, accents and one typo; definitions last. Best first, at most `limit`.
 */
export function searchGlossary(packs: readonly GlossaryPack[], query: string, limit = 20): SearchHit[] {
  const folded = foldForSearch(query);
  if (folded === '') return [];
  const hits: SearchHit[] = [];
  for (const pack of packs) {
    for (const entry of pack.entries) {
      let best: SearchHit | undefined;
      for (const form of [entry.term, ...entry.aliases, ...entry.abbreviations]) {
        const score = scoreForm(foldForSearch(form), folded);
        if (score > (best?.score ?? 0)) best = { pack, entry, matchedForm: form, score };
      }
      if (!best && folded.length >= 3 && foldForSearch(`${entry.short} ${entry.long ?? ''}`).includes(folded))
        best = { pack, entry, matchedForm: entry.term, score: 10 };
      if (best) hits.push(best);
    }
  }
  hits.sort((a, b) => b.score - a.score || a.entry.term.localeCompare(b.entry.term));
  return hits.slice(0, limit);
}
