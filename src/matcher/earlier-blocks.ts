import type { AnchorFinder, TextSpan } from './anchor-finder.ts';
import type { RawMatch, SenseContext } from './apply-sense.ts';
import type { Match } from './matcher.ts';
import { isOtherRegions } from './other-region.ts';
import { isTakenFromLineBefore } from './line-before.ts';
import { isAnchoredBefore } from './post-anchor.ts';
import { isGuessedCondition } from './guessed-condition.ts';
import { SentenceAnchors } from './sentence-anchors.ts';
import { sentencesOf } from './sentences.ts';
import { isThreadLegTaken } from './thread-leg.ts';
import { isItSign } from './it-sign.ts';
import { isMedicineEffect } from './medicine-effect.ts';
import { isCrampSetting } from './cramp-setting.ts';
import { isSportFramed } from './sport-frame.ts';
import { skinMarkOf } from './skin-mark.ts';

/** A text's forms and the spans of its negative contexts, before the sense rules. */
export interface ReadText {
  raw: readonly RawMatch[];
  negatives: readonly TextSpan[];
}

/**
 * "<p>My left calf has been tight since Sunday's long run.</p><p>Now there's some swelling and it
 * cramps at night.</p>": a post goes on about the leg it named in a paragraph or line before, which
 * the page reads as another block. The weak forms the block left unanchored (`waiting`) that the
 * discourse rule (a symptom noun) or the post rule (a post's exercise and cramps) could take are
 * judged again by those two rules alone, with their guards, as if the blocks before (`earlier`,
 * their text as the page gave it) were sentences before the block's first; within the rules' own
 * reach (`MAX_BACK` sentences in all), and in the normal colour: red is never taken from another
 * block. The block rules that read the sentence right before — a form said of "it", a fragment, a
 * relaxed part — read the last line before the block's first sentence, narrower than within a
 * block: the writer's own leg only (line-before.ts). `read` finds the forms of the earlier text.
 * `heading`: the title the post opens with where it names the writer's leg (heading-leg.ts), or
 * '': read as the first line before the earlier blocks, it stands for the leg in the thread rule.
 */
export function withEarlierBlocks(
  text: string,
  kept: Match[],
  waiting: readonly RawMatch[],
  block: ReadText,
  blocks: string,
  read: (text: string) => ReadText,
  context: SenseContext,
  heading = '',
): Match[] {
  // A bold paragraph that titles a post is also the first of its blocks before: read once.
  const firstLine = blocks.slice(0, blocks.indexOf('\n') >>> 0);
  const isLine = heading !== '' && firstLine.trim() === heading.trim();
  const earlier = heading === '' || isLine ? blocks : blocks.trim() === '' ? heading : `${heading}\n${blocks}`;
  const headingEnd = heading === '' ? 0 : isLine ? firstLine.length : heading.length;
  if (earlier.trim() === '') return kept;
  const before = read(earlier);
  // A line break ends a sentence (sentences.ts): the block's first sentence starts after it.
  const offset = earlier.length + 1;
  const joined = `${earlier}\n${text}`;
  const moved = new Map<RawMatch, RawMatch>();
  const raw = [...before.raw];
  for (const match of block.raw) {
    const shifted = { ...match, start: match.start + offset, end: match.end + offset };
    moved.set(match, shifted);
    raw.push(shifted);
  }
  const negatives = [
    ...before.negatives,
    ...block.negatives.map((span) => ({ ...span, start: span.start + offset, end: span.end + offset })),
  ];
  const finder = context.anchors;
  finder.read(joined);
  const sentences = sentencesOf(joined, raw);
  const sentenceAt = (at: number) => sentences.at(at);
  const bySentence = new Map<number, SentenceAnchors>();
  const anchorsAt = ([from, to]: [number, number]) => {
    let anchors = bySentence.get(from);
    if (!anchors) {
      anchors =
        from < offset
          ? new LimbAnchors(from, to, raw, negatives, finder, sentences.senseFrom(from), context.legOnly)
          : new SentenceAnchors(from, to, raw, negatives, finder, sentences.senseFrom(from));
      bySentence.set(from, anchors);
    }
    return anchors;
  };
  // No marks of the blocks before are known here: a sign named again (repeat-anchor.ts) takes the
  // sense of a mark in its own block only.
  const discourse = { text: joined, raw, symptoms: context.symptoms, sentenceAt, anchorsAt, kept: [] };
  const taken: Match[] = [];
  for (const match of waiting) {
    // The sense rules may have judged a copy of the block's form (other-sense-uses.ts).
    const here =
      moved.get(match) ?? raw.find((other) => other.start === match.start + offset && other.end === match.end + offset);
    if (!here) continue;
    const sentence = sentenceAt(here.start);
    const anchors = anchorsAt(sentence);
    const priorSpan = () => sentenceAt(offset - 1);
    const isTaken =
      isAnchoredBefore(here, sentence, anchors, discourse) ||
      (sentence[0] === offset &&
        isTakenFromLineBefore(here, sentence, anchors, anchorsAt(priorSpan()), priorSpan(), {
          ...discourse,
          finder,
        })) ||
      isThreadLegTaken(here, sentence, anchors, discourse, headingEnd) ||
      (sentence[0] === offset && isItSign(here, sentence, anchors, discourse)) ||
      isMedicineEffect(joined, here, sentence, sentenceAt) ||
      // "I'm on dialysis three times a week." then "The cramps are the worst part." (cramp-setting.ts).
      (sentence[0] === offset && isCrampSetting(joined, here, sentence, sentenceAt)) ||
      // "Three hours into the ride." then "Then the cramping started." (sport-frame.ts).
      (sentence[0] === offset && isSportFramed(here, sentence, anchors, discourse)) ||
      // "My ankle hurts when I land." then "Could it be fractured?" (guessed-condition.ts).
      (sentence[0] === offset && isGuessedCondition(here, sentence, anchors, discourse)) ||
      // "Came off my bike onto my elbow." then "Any bruising?" (bruise-asked.ts, through skin-mark.ts).
      (sentence[0] === offset && isBruiseAskedAfter(here, sentence, anchors, priorSpan()));
    if (!isTaken) continue;
    const prior = () => (sentence[0] === 0 ? undefined : anchorsAt(sentenceAt(sentence[0] - 1)));
    if (context.legOnly.has(match.entryId) && isOtherRegions(here.start, anchors, prior)) continue;
    taken.push({ start: match.start, end: match.end, entryId: match.entryId, isUrgent: false });
  }
  if (taken.length === 0) return kept;
  return [...kept, ...taken].sort((a, b) => a.start - b.start);

  /** A bruise asked after or denied, with the complaint in the line before and no animal in either. */
  function isBruiseAskedAfter(
    here: RawMatch,
    sentence: [number, number],
    anchors: SentenceAnchors,
    prior: [number, number],
  ) {
    if (anchors.hasAnimalWord || anchors.isOtherSense || anchorsAt(prior).hasAnimalWord) return false;
    return skinMarkOf(joined, here, sentence, prior) === 'bruise';
  }
}

/**
 * A sentence of an earlier block: only the leg or a frame names the part there. A strong form or a
 * body word ("abdominal muscle strain", "bruised ribs", "cramps") says that a page is medical, not
 * which region its later paragraphs go on about: with them, pages of other regions
 * (/tmp/wrongcard-pages, `node tests/sense/mark-text.ts --paragraphs`) took 13 wrong marks.
 */
class LimbAnchors extends SentenceAnchors {
  readonly #raw: readonly RawMatch[];
  readonly #legOnly: ReadonlySet<string>;
  #legStrongs: number[] | undefined;

  constructor(
    from: number,
    to: number,
    raw: readonly RawMatch[],
    negatives: readonly TextSpan[],
    finder: AnchorFinder,
    senseFrom: number,
    legOnly: ReadonlySet<string>,
  ) {
    super(from, to, raw, negatives, finder, senseFrom);
    this.#raw = raw;
    this.#legOnly = legOnly;
  }

  /**
   * Only a strong form of an entry whose card is the leg's alone ("a massive charley horse", "leg
   * cramps", "Achilles tendinitis": `legOnly`) names the part: "the cramp will start to subside" in
   * the next line is that leg's (a thread on held11).
   */
  override get strongs(): number[] {
    if (this.#legStrongs) return this.#legStrongs;
    const all = super.strongs;
    const kept: number[] = [];
    for (let k = 0; k < all.length; k += 2) {
      const strong = this.#raw.find((match) => match.start === all[k] && match.end === all[k + 1]);
      if (strong && this.#legOnly.has(strong.entryId)) kept.push(all[k]!, all[k + 1]!);
    }
    return (this.#legStrongs = kept);
  }
  override get bodies(): number[] {
    return [];
  }
}
