import type { LabelledSentence } from './read-corpus.ts';

/** A mark as a matcher gives it, entry without its pack. */
export interface FoundMark {
  start: number;
  end: number;
  entry: string;
  isUrgent: boolean;
}

export interface SenseScore {
  sentences: number;
  marks: number;
  /** Marks that a label asks for (same text and entry): in the sense their card explains. */
  rightMarks: number;
  /** Labelled marks in forum sentences, and how many were found (any colour). */
  forumExpected: number;
  forumFound: number;
  redMarks: number;
  /** Red marks no label asks to be red. */
  falseRed: number;
  /** Labelled red marks found red. */
  redExpected: number;
  redFound: number;
  /** Sentences whose marks or colours differ from their labels, for the report. */
  misses: string[];
}

const key = (start: number, length: number, entry: string) => `${start}:${length}:${entry}`;

/** Scores a matcher against the labelled sentences (`find` is also told which sentence it reads). */
export function scoreSense(
  corpus: readonly LabelledSentence[],
  find: (text: string, sentence: LabelledSentence) => FoundMark[],
): SenseScore {
  const score: SenseScore = {
    sentences: corpus.length,
    marks: 0,
    rightMarks: 0,
    forumExpected: 0,
    forumFound: 0,
    redMarks: 0,
    falseRed: 0,
    redExpected: 0,
    redFound: 0,
    misses: [],
  };
  for (const sentence of corpus) {
    const found = find(sentence.text, sentence);
    const expected = new Map(sentence.marks.map((mark) => [key(mark.start, mark.text.length, mark.entry), mark]));
    const got = new Map(found.map((mark) => [key(mark.start, mark.end - mark.start, mark.entry), mark]));
    let isMiss = expected.size !== got.size;
    for (const [k, mark] of got) {
      const wanted = expected.get(k);
      score.marks++;
      if (wanted) score.rightMarks++;
      if (mark.isUrgent) {
        score.redMarks++;
        if (!wanted?.isUrgent) score.falseRed++;
      }
      if (!wanted || wanted.isUrgent !== mark.isUrgent) isMiss = true;
    }
    for (const [k, mark] of expected) {
      const hit = got.get(k);
      if (sentence.kind === 'forum') {
        score.forumExpected++;
        if (hit) score.forumFound++;
      }
      if (mark.isUrgent) {
        score.redExpected++;
        if (hit?.isUrgent) score.redFound++;
      }
      if (!hit) isMiss = true;
    }
    if (isMiss) {
      const marks = found.map((m) => `${sentence.text.slice(m.start, m.end)}→${m.entry}${m.isUrgent ? '!' : ''}`);
      score.misses.push(`${sentence.kind}:${sentence.line}: ${sentence.text}  [got: ${marks.join(', ') || 'none'}]`);
    }
  }
  return score;
}

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`);

/** The figures as `npm run eval:sense` prints them. */
export function describeScore(score: SenseScore): string {
  return [
    `sentences: ${score.sentences}`,
    `precision: ${percent(score.rightMarks, score.marks)} (${score.rightMarks} of ${score.marks} marks in the sense their card explains)`,
    `forum recall: ${percent(score.forumFound, score.forumExpected)} (${score.forumFound} of ${score.forumExpected} medical uses in forum sentences marked)`,
    `red false alarms: ${score.falseRed} of ${score.redMarks} red marks`,
    `red recall: ${percent(score.redFound, score.redExpected)} (${score.redFound} of ${score.redExpected} urgent uses red)`,
  ].join('\n');
}
