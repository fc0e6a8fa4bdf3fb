import { DEGREE, OFTEN } from './anchor-patterns.ts';

/**
 * Where a clause with a subject of its own starts inside a sentence: after "; ", or after ", and",
 * ", but" or " but" before a noun with its article or owner ("He injured his hamstring, and the
 * attack looked weak and the fans numb": two false reds). A body frame or word anchors the weak
 * forms of its own clause only. Not where that noun goes on with the body (`isBodyAt`, asked at
 * the noun's start: a body word, a form or a symptom word): "A clot tends to ache all the time, and
 * the calf can look swollen", "my calf has been sore, and the swelling is worse"; nor a word of
 * the body's surface ("and the skin is red and hot"). Nor after "its" before a word of degree or
 * time, "not", "getting", "gone" or "been": phone-typed "it's", no owner ("my calf went down, but its
 * still tender": sixteenth batch).
 */
const NOT_AN_OWNER = [...new Set([...DEGREE, ...OFTEN, 'not', 'getting', 'gone', 'been'])]
  .join('|')
  .replaceAll(' ', '\\s+');
const CLAUSE_BREAK = new RegExp(
  `;\\s+|(?:,\\s*(?:and|but|while|whereas)|\\s+(?:but|while|whereas))\\s+(?:the|a|an|his|her|their|our|its(?!\\s+(?:${NOT_AN_OWNER})\\b))\\s+(?!(?:whole|skin|area|spot|patch|veins?|wound|cut|bite|rash|bruise|bump|redness)\\b)(?=[a-z])`,
  'gi',
);

/** Where the clauses of the sentence `[from, to)` of `text` start, after its first. */
export function clauseBreaksOf(text: string, from: number, to: number, isBodyAt: (i: number) => boolean): number[] {
  const breaks: number[] = [];
  const sentence = text.slice(from, to);
  CLAUSE_BREAK.lastIndex = 0;
  for (let found = CLAUSE_BREAK.exec(sentence); found; found = CLAUSE_BREAK.exec(sentence)) {
    const end = from + found.index + found[0].length;
    if (found[0].startsWith(';') || !isBodyAt(end)) breaks.push(end);
  }
  return breaks;
}

/** The `[start, end]` pairs of `spans` that start in the clause of offset `at`. */
export function inClause(spans: readonly number[], at: number, breaks: readonly number[]): number[] {
  let start = -Infinity;
  let end = Infinity;
  for (const cut of breaks)
    if (cut <= at) start = cut;
    else {
      end = cut;
      break;
    }
  const kept: number[] = [];
  for (let k = 0; k < spans.length; k += 2)
    if (spans[k]! >= start && spans[k]! < end) kept.push(spans[k]!, spans[k + 1]!);
  return kept;
}

/** Is there a pair of `spans` (`[start, end]` pairs) that does not overlap `[match.start, match.end)`? */
export function hasSpanApart(spans: readonly number[], match: { start: number; end: number }): boolean {
  for (let k = 0; k < spans.length; k += 2) if (!(spans[k]! < match.end && match.start < spans[k + 1]!)) return true;
  return false;
}

/**
 * Is there a pair of `spans` that starts where `match` starts and goes on past its end? A phrase that
 * begins with the form itself names that part's exercise ("calf raises" for "calf").
 */
export function hasSpanGoingOn(spans: readonly number[], match: { start: number; end: number }): boolean {
  for (let k = 0; k < spans.length; k += 2) if (spans[k] === match.start && spans[k + 1]! > match.end) return true;
  return false;
}
