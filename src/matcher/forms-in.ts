/**
 * The matches of `raw`, in order of their starts, that start in `[from, to)`: a binary search and
 * a slice. The rules that look for another form in a form's sentence (a second symptom, a list's
 * items, a fragment's lead) read these, not every match of the block: on a block of thousands of
 * forms (a long run with no stop, cut into pieces by long-sentence.ts) each read all of them for
 * every form (docs/performance.md, "One long block with no sentence end": `node
 * tests/bench/long-block.ts --corpus`).
 */
export function formsIn<T extends { start: number }>(raw: readonly T[], from: number, to: number): readonly T[] {
  const first = firstFrom(raw, from);
  let end = first;
  while (end < raw.length && raw[end]!.start < to) end++;
  return first === 0 && end === raw.length ? raw : raw.slice(first, end);
}

/** Does a match of `raw` (in order of their starts) start at `at`? */
export function hasFormAt(raw: readonly { start: number }[], at: number): boolean {
  const k = firstFrom(raw, at);
  return k < raw.length && raw[k]!.start === at;
}

/** The index of the first match of `raw` that starts at `from` or after. */
function firstFrom(raw: readonly { start: number }[], from: number): number {
  let low = 0;
  let high = raw.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (raw[middle]!.start < from) low = middle + 1;
    else high = middle;
  }
  return low;
}
