let segmenter: Intl.Segmenter | undefined;

/**
 * Start offsets of the sentences of `text`, ascending (the first is 0). `Intl.Segmenter` with
 * sentence granularity is in Chromium, Firefox and Node: no library needed. Made on first use, so
 * blocks without a weak form never pay for it.
 */
export function sentenceStarts(text: string): number[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const starts: number[] = [];
  for (const { index } of segmenter.segment(text)) starts.push(index);
  if (starts.length === 0) starts.push(0);
  return starts;
}

/** The `[start, end)` of the sentence holding offset `at`, from `sentenceStarts`. */
export function sentenceAt(starts: readonly number[], textLength: number, at: number): [number, number] {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return [starts[low]!, starts[low + 1] ?? textLength];
}
