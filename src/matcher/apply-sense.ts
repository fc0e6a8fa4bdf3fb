import type { FormSense, Match, SectionAnchor } from './matcher.ts';
import type { AnchorFinder } from './anchor-finder.ts';
import type { AnchorKind } from './anchor-steps.ts';
import { hasOwnedFrame, isFragmentOf, isNounForm } from './block-anchor.ts';
import { hasLimbList } from './limb-list.ts';
import { hasOpeningSign } from './opening-sign.ts';
import { AnimalAnchors, farmOf } from './farm-calf.ts';
import { isBarePartSaid, isStretchOfPart, mayBeBarePart } from './bare-part.ts';
import { isOwnPart, mayBeOwnPart } from './own-part.ts';
import { isGearOfPart, mayBeGearOfPart } from './gear-part.ts';
import { animalsOwnMatches, mayBeAnimals } from './animal-owner.ts';
import { firstAnimalOf, otherSenseUses, PERSON, type EntrySpan } from './other-sense-uses.ts';
import { isOtherRegions } from './other-region.ts';
import { isForwardAnchored } from './forward-anchor.ts';
import { mayTakeLineBefore } from './line-before.ts';
import { isThreadLegTaken } from './thread-leg.ts';
import { isCaredLeg, mayNameLegBare } from './cared-leg.ts';
import { isItSign, isThingsState, mayBeItSign } from './it-sign.ts';
import { hasOtherSymptom, mayTakeThread } from './thread-shape.ts';
import { isAnchoredBefore, mayAnchorBefore, mayTakeBack } from './post-anchor.ts';
import { hasCompany } from './paired-company.ts';
import { animalWordsOf } from './animal-words.ts';
import { isSignOfLimb } from './limb-sign.ts';
import { SentenceAnchors } from './sentence-anchors.ts';
import { ITS_BEFORE, SAID_OF_IT } from './said-of-it.ts';
import { sentencesOf } from './sentences.ts';
import { ANCHORED, judge, LOWER_LIMB, UNANCHORED } from './judge-anchors.ts';
import { isSportFramed, mayBeSport } from './sport-frame.ts';
import { maySaySymptoms, symptomSaidAs } from './symptom-said.ts';

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
}

const ANY_ANCHOR: readonly AnchorKind[] = ['lowerLimb', 'body', 'frame', 'exercise'];

/**
 * Keeps the matches whose sense is established and says which are red. A strong form stands
 * alone. A weak form needs, in its sentence, a strong form, a body word that is not itself, or a
 * body frame ("my calf"); weak forms never anchor each other. A paired form also needs a second
 * symptom. Red: an urgent entry's strong form, or its weak form anchored to the lower limb.
 * Sentences are only segmented when a weak form was found, so most blocks pay nothing. `waiting`
 * gets the weak forms left unanchored that the blocks before could anchor (earlier-blocks.ts).
 */
export function applySense(
  text: string,
  found: readonly RawMatch[],
  negatives: readonly EntrySpan[],
  context: SenseContext,
  section?: SectionAnchor,
  waiting?: RawMatch[],
): Match[] {
  const { urgent, bodily, isHealthPage, anchors: finder } = context;
  const isStrong = (match: RawMatch) => match.sense === 'strong';
  if (found.every(isStrong) && !found.some((match) => bodily.has(match.entryId)) && !mayBeAnimals(text, found, context))
    return found.map((match) => toMatch(match, urgent, false));
  // Most blocks with a weak form ("red", "warm") hold no anchor at all: they skip segmenting, unless
  // the page can be asked for their section's, and then they look for no anchor of their own.
  finder.read(text);
  const sentences = sentencesOf(text);
  const sentenceAt = (at: number) => sentences.at(at);
  // A farm's calf is the animal, not marked, and its sentence an animal's (farm-calf.ts).
  const farm = farmOf(text, found, sentenceAt);
  // The matches the sense rules judge: filled once the other senses have taken theirs, before any
  // sentence is asked for its strong forms (the sentences read for animal words are kept).
  const raw: RawMatch[] = [];
  const bySentence = new Map<number, SentenceAnchors>();
  const anchorsAt = ([from, to]: [number, number]) => {
    let anchors = bySentence.get(from);
    if (!anchors) {
      const kind = farm.isAt(from) ? AnimalAnchors : SentenceAnchors;
      anchors = new kind(from, to, raw, negatives, finder, sentences.senseFrom(from));
      bySentence.set(from, anchors);
    }
    return anchors;
  };
  let mayHoldAnimals: boolean | undefined;
  let firstAnimal: number | undefined;
  const hasAnimalHint = () => (mayHoldAnimals ??= context.animalHint?.test(text) ?? false);
  const uses = otherSenseUses(
    farm.others,
    negatives,
    bodily,
    (at) => farm.isAt(at) || (hasAnimalHint() && anchorsAt(sentenceAt(at)).hasAnimalWord),
    () =>
      (firstAnimal ??= hasAnimalHint()
        ? firstAnimalOf(text, animalWordsOf(finder, finder.words(0, text.length), []))
        : Infinity),
    (at) => PERSON.test(text.slice(...sentenceAt(at))),
    animalsOwnMatches(text, found, context, sentenceAt),
  );
  raw.push(...uses.raw);
  if (raw.every(isStrong)) return raw.map((match) => toMatch(match, urgent, false));
  const isRelaxed = (match: RawMatch) => isHealthPage && match.sense === 'relaxed';
  const hasOwn =
    raw.some((match) => isStrong(match) || isRelaxed(match)) ||
    hasAnyAnchor(text, context) ||
    maySaySymptoms(text, raw, context) ||
    hasOpeningSign(raw, text, finder) ||
    hasLimbList(text, finder);
  // A bare part ("the calf froze up") needs only its sentence: a block with no other anchor may hold one.
  const mayBeBare =
    !hasOwn &&
    raw.some(
      (m) =>
        mayBeBarePart(text, m) ||
        mayBeOwnPart(text, m) ||
        mayBeGearOfPart(text, m) ||
        isStretchOfPart(text, m, text.length) ||
        mayBeSport(text, m),
    );
  // "The leg is red": a sign said of the leg itself anchors with no anchor word of the block (limb-sign.ts).
  const mayBeLimbSign = !hasOwn && raw.some((m) => urgent.has(m.entryId) && isSignOfLimb(text, m, [0, text.length]));
  // "I rolled the ankle… The swelling spread.": the writer's leg without "my" (cared-leg.ts), for the thread rule only.
  // "Went for a run. The knee gave way. Now it's swollen.": a leg named bare in the writer's own account.
  const hasCaredLeg = !hasOwn && (isCaredLeg(text) || mayNameLegBare(text));
  if (!hasOwn && !section && !waiting && !mayBeBare && !mayBeLimbSign && !hasCaredLeg) return [];

  const companyOf = { text, raw, symptoms: context.symptoms, finder: context.anchors };
  const kept: Match[] = [];
  const discourse = { text, raw, symptoms: context.symptoms, sentenceAt, anchorsAt, kept };
  // A list item or short block under a heading that names the leg ("Symptoms of a blood clot in
  // the leg" over "Swelling"): the page's answer, asked once (section-anchor.ts).
  let isSectionAnchored: boolean | undefined;
  for (const match of raw) {
    if (match.sense === 'strong') {
      kept.push(toMatch(match, urgent, false));
      continue;
    }
    const sentence = sentenceAt(match.start);
    const anchors = anchorsAt(sentence);
    const needsLimb = uses.needLimb.has(match);
    const isUrgentEntry = urgent.has(match.entryId) || needsLimb;
    let verdict = hasOwn ? judge(match, anchors, isRelaxed(match), isUrgentEntry) : UNANCHORED;
    // "Pulled my calf on Sunday. It still feels really tight.": a state said of "it" right after the
    // writer's leg, in the normal colour (it-sign.ts).
    const isItSignHere = verdict === UNANCHORED && sentence[0] > 0 && isItSign(match, sentence, anchors, discourse);
    // "My calf is sore. By evening it was swollen.": a form said of "it" or "they" takes an anchor
    // from the one or two sentences before, in the same block; red only from the one right before,
    // where "it" is the leg. The less risky relaxed forms take the sentence before in any case:
    // "Tight calves? I stretch daily." A sentence that merely starts with "they" or "this" takes
    // nothing: "Broke my toe. They say the pound's weakness…" was a red false alarm.
    // An urgent form anchored here by something else than the leg ("it hurts to put weight on it")
    // may still learn there that "it" is the leg.
    if (hasOwn && (verdict === UNANCHORED || (isUrgentEntry && verdict !== LOWER_LIMB)) && sentence[0] > 0) {
      const lead = text.slice(Math.max(sentence[0], match.start - 60), match.start);
      // "Simmer the beef until it is tender": "it" is the meat its own sentence names, not a leg before.
      const isMeat = () => hasAnimalHint() && anchors.hasAnimalWord;
      // "They were weak in the second half", "It's tight this month": a game's or money's state (it-sign.ts).
      const isSaidOfIt =
        SAID_OF_IT.test(lead) &&
        !(ITS_BEFORE.test(lead) && isNounForm(text, match)) &&
        !isMeat() &&
        !isThingsState(text, match, sentence, () => hasOtherSymptom(match, sentence, anchors, raw, context.symptoms));
      const reach = isSaidOfIt ? 2 : isRelaxedBack(match, sentence, verdict) ? 1 : 0;
      for (let back = 0, before = sentence; back < reach && before[0] > 0; back++) {
        before = sentenceAt(before[0] - 1);
        const found = judge(match, anchorsAt(before), false, isUrgentEntry && back === 0);
        if (found === UNANCHORED) continue;
        // Anchored now; to the lower limb if either sentence says so.
        verdict = Math.max(verdict, found);
        break;
      }
    }
    if (hasOwn && verdict === UNANCHORED && sentence[0] > 0) verdict = fromBlock(match, sentence, anchors);
    // "the calf completely froze up": a bare part said to do what a body's part does (bare-part.ts);
    // "cramp when swimming", "a mile into the jog I felt the tightness": a sport's frame (sport-frame.ts).
    if (verdict === UNANCHORED && !anchors.isOtherSense)
      if (isBarePartSaid(text, match, sentence) || isStretchOfPart(text, match, sentence[1])) verdict = ANCHORED;
      // "no idea what I did to my poor calf", "clutching at his knee": a part said to be someone's (own-part.ts).
      else if (!anchors.hasAnimalWord && isOwnPart(text, match, sentence)) verdict = ANCHORED;
      // "a knee sleeve for support", "ankle mobility drills": a person's gear or movement (gear-part.ts).
      else if (!anchors.hasAnimalWord && isGearOfPart(text, match, sentence)) verdict = ANCHORED;
      else if (isSportFramed(match, sentence, anchors, discourse)) verdict = ANCHORED;
    // "numbness, weakness or pins and needles", "numbness and tingling", "I noticed swelling" (symptom-said.ts).
    const said =
      hasOwn && verdict === UNANCHORED && !anchors.isOtherSense
        ? symptomSaidAs(match, sentence, anchors.symptomWords, companyOf)
        : undefined;
    if (said === 'list' || (said === 'said' && !isElsewhere(match, sentence, anchors))) verdict = ANCHORED;
    // "A calf strain is a tear… While pain and localized tenderness are present": a symptom named as
    // a noun takes the leg named a few sentences before in its paragraph (discourse-anchor.ts); a
    // post's exercise and cramps, the leg its writer named as theirs (post-anchor.ts); a sign named
    // again, the sense of its mark before (repeat-anchor.ts); a post's opening complaint, the leg
    // its writer names in the sentences after (forward-anchor.ts).
    if (hasOwn && verdict === UNANCHORED && sentence[0] > 0 && isAnchoredBefore(match, sentence, anchors, discourse))
      verdict = ANCHORED;
    if (hasOwn && verdict === UNANCHORED && isForwardAnchored(match, sentence, anchors, discourse)) verdict = ANCHORED;
    // "…my left calf. … The swelling never went away.": the writer's leg, further back (thread-leg.ts).
    if (
      (hasOwn || hasCaredLeg) &&
      verdict === UNANCHORED &&
      sentence[0] > 0 &&
      isThreadLegTaken(match, sentence, anchors, discourse)
    )
      verdict = ANCHORED;
    // Never red, whatever the older rules above read back: no second symptom says it is urgent.
    if (isItSignHere) verdict = ANCHORED;
    if (verdict === UNANCHORED && section && isFragment(match, sentence, anchors, true)) {
      isSectionAnchored ??= section();
      if (isSectionAnchored) verdict = ANCHORED;
    }
    // "The leg is red", "the red leg", "redness spreading up to the knee": the sign said of the leg
    // itself is the leg's, red with no second symptom (limb-sign.ts).
    const isLimbSign =
      verdict !== LOWER_LIMB || match.sense === 'paired'
        ? urgent.has(match.entryId) && !anchors.isOtherSense && isSignOfLimb(text, match, sentence)
        : false;
    if (isLimbSign) verdict = LOWER_LIMB;
    if (verdict === UNANCHORED && !needsLimb && waiting && mayWait(match, sentence, anchors)) waiting.push(match);
    if (verdict === UNANCHORED || (needsLimb && verdict !== LOWER_LIMB)) continue;
    if (context.legOnly.has(match.entryId) && isElsewhere(match, sentence, anchors)) continue;
    // The leg itself (limb-sign.ts) or "it" right after the writer's leg (it-sign.ts) needs no second symptom.
    const isAlone = isLimbSign || isItSignHere;
    if (match.sense === 'paired' && !isAlone && !hasCompany(match, sentence, anchors.symptomWords, companyOf)) continue;
    kept.push(toMatch(match, urgent, verdict === LOWER_LIMB));
  }
  // Paired forms alone ("A red car and a warm day") have no second symptom to take a line before with.
  // Unless one is a state said of "it" that may follow the writer's leg (it-sign.ts): "It feels warm."
  if (waiting?.every((match) => match.sense === 'paired' && !mayBeItSign(text, match, sentenceAt(match.start))))
    waiting.length = 0;
  return kept;

  /**
   * Does a relaxed form take the sentence before ("Tight calves? I stretch every day.")? Not as an
   * adjective before its noun at the start of a sentence, as the block rule reads a fragment
   * ("…injured his ankle in the warm-up. Stretched defence, tired legs": everyday.probe-block.txt):
   * that says nothing of the leg before. The block rule's other limits cost right marks here: not
   * beside a word of another sense lost the article's "stand on your toes and flex your foot (lift
   * your toes up toward your knee)", and not after a question or only after "my calf" lost "Any
   * tips for tight calves? I stretch every day." (forum.held-out.txt).
   */
  function isRelaxedBack(match: RawMatch, sentence: [number, number], verdict: number) {
    return match.sense === 'relaxed' && verdict === UNANCHORED && mayTakeBack(text, sentence, match);
  }

  /**
   * "Rolled my ankle on Saturday. Still swollen and a bit warm today.": a fragment with no subject
   * of its own takes, in the normal colour, the anchor of the sentence right before where that
   * names whose part it is (block-anchor.ts). Not after a question, nor beside another sense.
   */
  function fromBlock(match: RawMatch, sentence: [number, number], anchors: SentenceAnchors): number {
    if (!isFragment(match, sentence, anchors, false)) return UNANCHORED;
    const before = sentenceAt(sentence[0] - 1);
    if (text.slice(before[0], before[1]).trimEnd().endsWith('?')) return UNANCHORED;
    const prior = anchorsAt(before);
    return hasOwnedFrame(text, prior.limbs) || (prior.hasFrame && hasOwnedFrame(text, prior.frames))
      ? ANCHORED
      : UNANCHORED;
  }

  /** Could the blocks before anchor the form: by a rule reading sentences back (a thread's leg too), or the line right before? */
  function mayWait(match: RawMatch, sentence: [number, number], anchors: SentenceAnchors): boolean {
    if (mayAnchorBefore(match, text, context.symptoms) || mayTakeThread(match, sentence, anchors, companyOf))
      return true;
    return sentence[0] === 0 && mayTakeLineBefore(match, text, 0);
  }

  /** Is the form another body region's symptom (other-region.ts)? Asked only of a form something anchored. */
  function isElsewhere(match: RawMatch, sentence: [number, number], anchors: SentenceAnchors): boolean {
    const before = () => (sentence[0] === 0 ? undefined : anchorsAt(sentenceAt(sentence[0] - 1)));
    return isOtherRegions(match.start, anchors, before);
  }

  /** A subjectless fragment of a sentence with no other sense (block-anchor.ts); `isItem`: of a short block. */
  function isFragment(match: RawMatch, sentence: [number, number], anchors: SentenceAnchors, isItem: boolean) {
    const isSymptomAt = (at: number) =>
      raw.some((other) => other.start === at) || anchors.symptomWords.some((edge, k) => k % 2 === 0 && edge === at);
    return !anchors.isOtherSense && isFragmentOf(text, sentence, match, raw, isSymptomAt, isItem);
  }
}

const toMatch = (match: RawMatch, urgent: ReadonlySet<string>, isLowerLimb: boolean): Match => ({
  start: match.start,
  end: match.end,
  entryId: match.entryId,
  isUrgent: urgent.has(match.entryId) && (match.sense === 'strong' || isLowerLimb),
});

function hasAnyAnchor(text: string, { anchors }: SenseContext): boolean {
  return anchors.has(ANY_ANCHOR, anchors.words(0, text.length));
}
