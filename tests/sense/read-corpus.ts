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
  /**
   * The heading the line stands under, read by the page as a block of its own (h1–h6): written
   * `=== Knee diary, week 3 === ` at the line's start, unlabelled (docs/sense.md, "A heading that
   * names the writer's leg").
   */
  heading?: string;
}

/** `=== heading === ` at a line's start: the heading the line's text stands under. */
const HEADING = /^===\s+(.+?)\s+===\s+/;

// `[swollen](edema!)`: the text in brackets is marked with that entry; `!` means red.
const MARK = /\[([^\]]+)\]\(([a-z0-9-]+)(!?)\)/g;

/** One corpus line: the sentence without its labels, the marks they ask for, and its heading if any. */
export function parseLine(line: string): { text: string; marks: ExpectedMark[]; heading?: string } {
  const heading = HEADING.exec(line);
  const source = heading ? line.slice(heading[0].length) : line;
  const marks: ExpectedMark[] = [];
  let text = '';
  let last = 0;
  for (const found of source.matchAll(MARK)) {
    text += source.slice(last, found.index);
    marks.push({ text: found[1]!, start: text.length, entry: found[2]!, isUrgent: found[3] === '!' });
    text += found[1]!;
    last = found.index + found[0].length;
  }
  text += source.slice(last);
  return heading ? { text, marks, heading: heading[1]! } : { text, marks };
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
