import { readdirSync, readFileSync } from 'node:fs';

/** What a labelled sentence must get: the marked text, its entry (without the pack) and colour. */
export interface ExpectedMark {
  text: string;
  start: number;
  entry: string;
  isUrgent: boolean;
}

export interface LabelledSentence {
  /** The corpus file's name up to its first dot: `everyday`, `other-medical` or `forum`. */
  kind: string;
  /** The corpus file's name, e.g. `forum.held-out.txt`. */
  file: string;
  line: number;
  text: string;
  marks: ExpectedMark[];
}

// `[swollen](edema!)`: the text in brackets is marked with that entry; `!` means red.
const MARK = /\[([^\]]+)\]\(([a-z0-9-]+)(!?)\)/g;

/** One corpus line: the sentence without its labels, and the marks they ask for. */
export function parseLine(source: string): { text: string; marks: ExpectedMark[] } {
  const marks: ExpectedMark[] = [];
  let text = '';
  let last = 0;
  for (const found of source.matchAll(MARK)) {
    text += source.slice(last, found.index);
    marks.push({ text: found[1]!, start: text.length, entry: found[2]!, isUrgent: found[3] === '!' });
    text += found[1]!;
    last = found.index + found[0].length;
  }
  return { text: text + source.slice(last), marks };
}

/** Every labelled sentence of `tests/sense/corpus/*.txt` (lines starting with `#` are comments). */
export function readCorpus(): LabelledSentence[] {
  const dir = new URL('./corpus/', import.meta.url);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .flatMap((file) =>
      readFileSync(new URL(file, dir), 'utf8')
        .split('\n')
        .flatMap((source, i) =>
          source.trim() === '' || source.startsWith('#')
            ? []
            : [{ kind: file.split('.')[0]!, file, line: i + 1, ...parseLine(source.trim()) }],
        ),
    );
}
