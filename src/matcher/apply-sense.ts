import type { FormSense, Match, SectionAnchor } from './matcher.ts';
import type { AnchorFinder } from './anchor-finder.ts';
import { mayBeAnimals } from './animal-owner.ts';
import type { EntrySpan } from './other-sense-uses.ts';
import { mayTakeLineBefore } from './line-before.ts';
import { mayBeItSign } from './it-sign.ts';
import { mayTakeThread } from './thread-shape.ts';
import { mayAnchorBefore } from './post-anchor.ts';
import { mayBeGuessedCondition } from './guessed-condition.ts';
import { hasCompany } from './paired-company.ts';
import type { SentenceAnchors } from './sentence-anchors.ts';
import { judge, LOWER_LIMB, UNANCHORED } from './judge-anchors.ts';
import { senseBlockOf, isElsewhere } from './sense-block.ts';
import { blockAnchoringOf } from './block-anchoring.ts';
import { verdictOf } from './match-verdict.ts';
import { isDeniedSign } from './denied-sign.ts';
import { isOtherEffect, mayTakeMedicineBefore } from './medicine-effect.ts';

/** A match before the sense rules: its form's sense decides what it needs. */
export interface RawMatch {
  start: number;
  end: number;
  entryId: string;
  sense: FormSense;
}

/** What the sense rules read, made once per matcher (sense-context.ts). */
export interface SenseContext {
  urgent: ReadonlySet<string>;
  symptoms: ReadonlySet<string>;
  /** Entries a body has, an animal's too: its parts and states (other-sense-uses.ts). */
  bodily: ReadonlySet<string>;
  /** Conditions: a pet's too, where its sentence names one and no person (animal-owner.ts). */
  conditions: ReadonlySet<string>;
  /** Entries whose cards are the leg's only: another body region beside them is their place (other-region.ts). */
  legOnly: ReadonlySet<string>;
  /** Passes every block that may hold a word naming an animal, its meat, farm or kitchen (sense-context.ts). */
  animalHint: RegExp | null;
  /** Finds the words and phrases that anchor a weak form, or cancel body anchors. */
  anchors: AnchorFinder;
  /** The page is medical, as it declares or (raised later) as its own marks show: relaxed forms need no anchor. */
  isHealthPage: boolean;
  /** Entries the page has shown in their sense, given with each block: their weak forms need no anchor (page-shown.ts). */
  shown: ReadonlySet<string>;
  /**
   * Filled as a block is judged: `sure`, the entries it marks by their own anchors (a strong form,
   * a weak one anchored in its block), which show the page their sense; `left`, the entries of weak
   * forms it leaves for want of an anchor, which a page that shows them later would mark.
   */
  sure: Set<string>;
  left: Set<string>;
}

/**
 * Keeps the matches whose sense is established and says which are red. A strong form stands
 * alone. A weak form needs, in its sentence, a strong form, a body word that is not itself, or a
 * body frame ("my calf"); weak forms never anchor each other. A paired form also needs a second
 * symptom. Red: an urgent entry's strong form, or its weak form anchored to the lower limb.
 * Sentences are only segmented when a weak form was found, so most blocks pay nothing. `waiting`
 * gets the weak forms left unanchored that the blocks before could anchor (earlier-blocks.ts).
 *
 * The steps, each in its own file: the block read once for every rule (sense-block.ts), what it
 * holds that may anchor a weak form (block-anchoring.ts), each weak form's verdict with the rules
 * asked in turn (match-verdict.ts, sentence-before.ts); here, whether a judged form is kept, waits
 * for the blocks before, and its colour.
 */
export function applySense(
  text: string,
  found: readonly RawMatch[],
  negatives: readonly EntrySpan[],
  context: SenseContext,
  section?: SectionAnchor,
  waiting?: RawMatch[],
): Match[] {
  const { urgent, bodily, sure, left, shown } = context;
  const isStrong = (match: RawMatch) => match.sense === 'strong';
  const strongOnly = (matches: readonly RawMatch[]) =>
    matches.map((match) => (sure.add(match.entryId), toMatch(match, urgent, false)));
  if (found.every(isStrong) && !found.some((match) => bodily.has(match.entryId)) && !mayBeAnimals(text, found, context))
    return strongOnly(found);
  const block = senseBlockOf(text, found, negatives, context);
  const { raw, needLimb, sentenceAt, anchorsAt } = block;
  if (raw.every(isStrong)) return strongOnly(raw);
  // Most blocks with a weak form ("red", "warm") hold no anchor at all: they judge no form, unless
  // the page can be asked for their section's or the blocks before, a form may anchor itself, or
  // the page has shown its entry.
  const anchoring = blockAnchoringOf(block);
  if (
    !anchoring.hasOwn &&
    !section &&
    !waiting &&
    !anchoring.maySelfAnchor &&
    !anchoring.hasCaredLeg &&
    !raw.some((match) => shown.has(match.entryId))
  ) {
    for (const match of raw) if (!isStrong(match)) left.add(match.entryId);
    return [];
  }

  const company = { text, raw, symptoms: context.symptoms, finder: context.anchors };
  const kept: Match[] = [];
  const discourse = { text, raw, symptoms: context.symptoms, sentenceAt, anchorsAt, kept };
  // A list item or short block under a heading that names the leg ("Symptoms of a blood clot in
  // the leg" over "Swelling"): the page's answer, asked once (section-anchor.ts).
  let isSectionAnchored: boolean | undefined;
  const askSection = section && (() => (isSectionAnchored ??= section()));
  const rules = { block, anchoring, discourse, company, isSectionAnchored: askSection };
  for (const match of raw) {
    if (match.sense === 'strong') {
      sure.add(match.entryId);
      kept.push(toMatch(match, urgent, false));
      continue;
    }
    const sentence = sentenceAt(match.start);
    const anchors = anchorsAt(sentence);
    const needsLimb = needLimb.has(match);
    const { verdict, isAlone, isByPage } = verdictOf(
      match,
      sentence,
      anchors,
      urgent.has(match.entryId) || needsLimb,
      rules,
    );
    if (verdict === UNANCHORED) left.add(match.entryId);
    if (verdict === UNANCHORED && !needsLimb && waiting && mayWait(match, sentence, anchors)) waiting.push(match);
    // Kept where anchored (to the lower limb if it needs the limb), not another region's symptom on
    // a card of the leg's only, and a paired form with a second symptom; red where the lower limb.
    if (verdict === UNANCHORED || (needsLimb && verdict !== LOWER_LIMB)) continue;
    if (context.legOnly.has(match.entryId) && isElsewhere(block, match, sentence, anchors)) continue;
    if (match.sense === 'paired' && !isAlone && !hasCompany(match, sentence, anchors.symptomWords, company)) continue;
    // "My legs feel wrong. They aren't numb, or swollen": a sign denied takes no red from a leg named
    // only before its sentence (denied-sign.ts); "my calf is sore but not swollen" stays red.
    const isRed = verdict === LOWER_LIMB && !(isDeniedSign(text, match, sentence) && !isLimbHere(match, anchors));
    // A relaxed form a health page marks with no anchor shows nothing of its entry's sense.
    if (!isByPage && !(context.isHealthPage && match.sense === 'relaxed')) sure.add(match.entryId);
    kept.push(toMatch(match, urgent, isRed));
  }
  // Paired forms alone ("A red car and a warm day") have no second symptom to take a line before with.
  // Unless one is a state said of "it" that may follow the writer's leg (it-sign.ts): "It feels warm."
  if (waiting?.every((match) => match.sense === 'paired' && !mayBeItSign(text, match, sentenceAt(match.start))))
    waiting.length = 0;
  return kept;

  /** Could the blocks before anchor the form: by a rule reading sentences back (a thread's leg too), or the line right before? */
  function mayWait(match: RawMatch, sentence: [number, number], anchors: SentenceAnchors): boolean {
    if (isOtherEffect(text, match, sentence[1])) return false;
    if (mayAnchorBefore(match, text, context.symptoms) || mayTakeThread(match, sentence, anchors, company)) return true;
    if (mayTakeMedicineBefore(text, match, sentence) || mayBeGuessedCondition(text, match)) return true;
    return sentence[0] === 0 && mayTakeLineBefore(match, text, 0);
  }
}

/** Does the form's own sentence anchor it to the lower limb (not a sentence before)? */
const isLimbHere = (match: RawMatch, anchors: SentenceAnchors): boolean =>
  judge(match, anchors, false, true) === LOWER_LIMB;

const toMatch = (match: RawMatch, urgent: ReadonlySet<string>, isLowerLimb: boolean): Match => ({
  start: match.start,
  end: match.end,
  entryId: match.entryId,
  isUrgent: urgent.has(match.entryId) && (match.sense === 'strong' || isLowerLimb),
});
