import type { RawMatch } from './apply-sense.ts';
import { isBarePartSaid, isStretchOfPart } from './bare-part.ts';
import { isOwnPart } from './own-part.ts';
import { isMovedPart } from './moved-part.ts';
import { isAccountPart } from './account-part.ts';
import { isHadPart } from './had-part.ts';
import { isGearOfPart } from './gear-part.ts';
import { isCaredPart } from './care-part.ts';
import { isSignOfDescribedPart } from './described-part.ts';
import { isForwardAnchored } from './forward-anchor.ts';
import { isThreadLegTaken } from './thread-leg.ts';
import { siteSignOf } from './pointed-site.ts';
import { isItSign } from './it-sign.ts';
import { isAnchoredBefore } from './post-anchor.ts';
import type { CompanyContext } from './paired-company.ts';
import type { DiscourseContext } from './discourse-anchor.ts';
import { isSignOfLimb } from './limb-sign.ts';
import type { SentenceAnchors } from './sentence-anchors.ts';
import { ANCHORED, judge, LOWER_LIMB, UNANCHORED } from './judge-anchors.ts';
import { isSportFramed } from './sport-frame.ts';
import { isCrampSetting } from './cramp-setting.ts';
import { isCrampSaid } from './cramp-said.ts';
import { isStretchHabit } from './stretch-habit.ts';
import { isPersonSign } from './person-sign.ts';
import { isEffectForm, isMedicineEffect, isOtherEffect } from './medicine-effect.ts';
import { symptomSaidAs } from './symptom-said.ts';
import { skinMarkOf } from './skin-mark.ts';
import { isRedLesion } from './red-lesion.ts';
import { isClotCared } from './clot-care.ts';
import { isBiteSiteSign } from './bite-site.ts';
import { isSkinSign } from './skin-sign.ts';
import { isBlowMark } from './blow-mark.ts';
import { isOwnFracture } from './own-fracture.ts';
import { isGuessedCondition } from './guessed-condition.ts';
import type { BlockAnchoring } from './block-anchoring.ts';
import { isElsewhere, isFragment, type SenseBlock } from './sense-block.ts';
import { withSentenceBefore } from './sentence-before.ts';
import { isShownOnPage } from './page-shown.ts';

/** What the rules that anchor a weak form read beyond its sentence (apply-sense.ts makes it once a block). */
export interface VerdictContext {
  block: SenseBlock;
  anchoring: BlockAnchoring;
  discourse: DiscourseContext;
  company: CompanyContext;
  /** The page's answer for a short block's section (section-anchor.ts), asked at most once; none where it cannot be asked. */
  isSectionAnchored: (() => boolean) | undefined;
}

/** How a weak form is anchored (judge-anchors.ts), and whether it needs no second symptom if paired. */
export interface Verdict {
  verdict: number;
  isAlone: boolean;
  /** Taken only because the page has shown its entry (page-shown.ts): it shows the page nothing new. */
  isByPage: boolean;
}

/**
 * The verdict on a weak form: its sentence's anchors first, then each rule that may anchor it
 * otherwise, asked in turn while it is still unanchored (the cheap and the sentence's own first,
 * then the discourse and thread rules that read back or forward), and last whether it is a sign
 * said of the leg itself, which is red. Its own file, so the order the rules are asked in reads
 * top to bottom in one place.
 */
export function verdictOf(
  match: RawMatch,
  sentence: [number, number],
  anchors: SentenceAnchors,
  isUrgentEntry: boolean,
  { block, anchoring, discourse, company, isSectionAnchored }: VerdictContext,
): Verdict {
  const { text, context } = block;
  // "a side effect of dialysis": what the effect is of, no medicine; "side effects after a run": no
  // word of exercise anchors it, as it does the other relaxed forms (medicine-effect.ts).
  if (isOtherEffect(text, match, sentence[1])) return { verdict: UNANCHORED, isAlone: false, isByPage: false };
  const judged = match.sense === 'relaxed' && isEffectForm(text, match) ? { ...match, sense: 'weak' as const } : match;
  const { hasOwn, hasCaredLeg } = anchoring;
  const isRelaxed = context.isHealthPage && match.sense === 'relaxed';
  let verdict = hasOwn ? judge(judged, anchors, isRelaxed, isUrgentEntry) : UNANCHORED;
  // "Pulled my calf on Sunday. It still feels really tight.": a state said of "it" right after the
  // writer's leg, in the normal colour (it-sign.ts).
  const isItSignHere = verdict === UNANCHORED && sentence[0] > 0 && isItSign(match, sentence, anchors, discourse);
  if (hasOwn) verdict = withSentenceBefore(block, judged, sentence, anchors, verdict, isUrgentEntry);
  // "the calf completely froze up": a bare part said to do what a body's part does (bare-part.ts);
  // "cramp when swimming", "a mile into the jog I felt the tightness": a sport's frame (sport-frame.ts).
  if (verdict === UNANCHORED && !anchors.isOtherSense)
    if (isBarePartSaid(text, match, sentence) || isStretchOfPart(text, match, sentence[1])) verdict = ANCHORED;
    // "no idea what I did to my poor calf", "clutching at his knee": a part said to be someone's (own-part.ts).
    else if (!anchors.hasAnimalWord && isOwnPart(text, match, sentence)) verdict = ANCHORED;
    // "straightened the knee", "in plaster from his knee down": a part in action or a measured place (moved-part.ts).
    else if (!anchors.hasAnimalWord && isMovedPart(text, match, sentence)) verdict = ANCHORED;
    // "The calf still isn't right after Sunday's long run", "I have a knee that clicks", "calves
    // like rocks": a bare part in the writer's account, or someone's by having it (account-part.ts, had-part.ts).
    else if (!anchors.hasAnimalWord && (isAccountPart(text, match, sentence) || isHadPart(text, match, sentence)))
      verdict = ANCHORED;
    // "a knee sleeve for support", "ankle mobility drills": a person's gear or movement (gear-part.ts).
    else if (!anchors.hasAnimalWord && isGearOfPart(text, match, sentence)) verdict = ANCHORED;
    // "Knee effusion after arthroscopy", "a brace on the ankle for six weeks": care given to a body (care-part.ts).
    else if (!anchors.hasAnimalWord && isCaredPart(text, match, sentence)) verdict = ANCHORED;
    // "a knee that swelled up after she knelt": the joint a swelling describes (described-part.ts).
    else if (!anchors.hasAnimalWord && isSignOfDescribedPart(text, match, sentence)) verdict = ANCHORED;
    else if (isSportFramed(match, sentence, anchors, discourse)) verdict = ANCHORED;
    // "I've been stretching every morning", "some gentle stretching before bed": a person's habit (stretch-habit.ts).
    else if (!anchors.hasAnimalWord && isStretchHabit(text, match, sentence)) verdict = ANCHORED;
    // "After chemo I feel so weak", "she is stiff all over", "he gets spasms": a whole person's sign (person-sign.ts).
    else if (!anchors.hasAnimalWord && isPersonSign(text, match, sentence)) verdict = ANCHORED;
    // "cramps at night", "I cramp during dialysis", "magnesium did nothing for my cramps": a cramp's own setting (cramp-setting.ts).
    else if (!anchors.hasAnimalWord && isCrampSetting(text, match, sentence, block.sentenceAt)) verdict = ANCHORED;
    // "I got cramp and had to float", "Cramps again. Long ride yesterday…": a cramp said as the leg's (cramp-said.ts).
    else if (!anchors.hasAnimalWord && isCrampSaid(text, match, sentence, block.sentenceAt)) verdict = ANCHORED;
  // "a known side effect of statins", "Most vaccine side effects are mild": a medicine named for it (medicine-effect.ts).
  if (verdict === UNANCHORED && isMedicineEffect(text, match, sentence, block.sentenceAt)) verdict = ANCHORED;
  // "will scan the clot again", "my INR was low and the clot grew": a clot's own care (clot-care.ts), normal colour.
  if (verdict === UNANCHORED && !anchors.isOtherSense && isClotCared(text, match, sentence)) verdict = ANCHORED;
  // A sign whose place says it is a body's and is its company: "The injection site is red and swollen"
  // (bite-site.ts), "Skin that feels warm to the touch" (skin-sign.ts); normal colour, but the skin
  // keeps a red that the sentence's leg gives a paired form ("Red skin at the back of your leg").
  const isPlacedSign = (isSign: typeof isSkinSign) =>
    !anchors.isOtherSense &&
    !anchors.hasAnimalWord &&
    isSign(text, match, sentence) &&
    !isElsewhere(block, match, sentence, anchors);
  const isBiteSign = verdict === UNANCHORED && isPlacedSign(isBiteSiteSign);
  const isSkinSaid = (verdict === UNANCHORED || match.sense === 'paired') && isPlacedSign(isSkinSign);
  if (verdict === UNANCHORED && (isBiteSign || isSkinSaid)) verdict = ANCHORED;
  // "a hard lump where the ball hit me", "Could I have fractured something?": a blow's mark on a body
  // (blow-mark.ts, own-fracture.ts), not where another region is named; normal colour.
  if (
    verdict === UNANCHORED &&
    !anchors.isOtherSense &&
    !anchors.hasAnimalWord &&
    (isBlowMark(text, match, sentence) || isOwnFracture(text, match, sentence)) &&
    !isElsewhere(block, match, sentence, anchors)
  )
    verdict = ANCHORED;
  // "numbness, weakness or pins and needles", "numbness and tingling", "I noticed swelling" (symptom-said.ts).
  const said =
    hasOwn && verdict === UNANCHORED && !anchors.isOtherSense
      ? symptomSaidAs(match, sentence, anchors.symptomWords, company)
      : undefined;
  if (said === 'list' || (said === 'said' && !isElsewhere(block, match, sentence, anchors))) verdict = ANCHORED;
  // "The bruise went yellow before it faded", "a hard lump where the jab went in": a bruise
  // anywhere on a person's body, a lump where no other region is named (skin-mark.ts).
  const mark =
    hasOwn && verdict === UNANCHORED && !anchors.isOtherSense && !anchors.hasAnimalWord
      ? skinMarkOf(text, match, sentence, priorOf(block, sentence))
      : undefined;
  if (mark === 'bruise' || (mark === 'lump' && !isElsewhere(block, match, sentence, anchors))) verdict = ANCHORED;
  // "a red welt", "itchy red bumps": red said of a mark only the skin has is its place and its company (red-lesion.ts).
  const isLesion =
    match.sense === 'paired' &&
    !anchors.isOtherSense &&
    !anchors.hasAnimalWord &&
    isRedLesion(text, match, sentence[1]);
  if (isLesion && verdict === UNANCHORED) verdict = ANCHORED;
  // "A calf strain is a tear… While pain and localized tenderness are present": a symptom named as
  // a noun takes the leg named a few sentences before in its paragraph (discourse-anchor.ts); a
  // post's exercise and cramps, the leg its writer named as theirs (post-anchor.ts); a sign named
  // again, the sense of its mark before (repeat-anchor.ts); a post's opening complaint, the leg
  // its writer names in the sentences after (forward-anchor.ts).
  if (hasOwn && verdict === UNANCHORED && sentence[0] > 0 && isAnchoredBefore(match, sentence, anchors, discourse))
    verdict = ANCHORED;
  // "My ankle hurts when I land. Could it be fractured?": a condition guessed at, the leg's named right before (guessed-condition.ts).
  if (hasOwn && verdict === UNANCHORED && isGuessedCondition(match, sentence, anchors, discourse)) verdict = ANCHORED;
  if (hasOwn && verdict === UNANCHORED && isForwardAnchored(match, sentence, anchors, discourse)) verdict = ANCHORED;
  // "…my left calf. … The swelling never went away.": the writer's leg, further back (thread-leg.ts).
  const isThreadTaken =
    (hasOwn || hasCaredLeg) &&
    verdict === UNANCHORED &&
    sentence[0] > 0 &&
    isThreadLegTaken(match, sentence, anchors, discourse);
  if (isThreadTaken) verdict = ANCHORED;
  // "…my ankle. The area felt warm to the touch.": a site's sign felt to the touch needs no second symptom (pointed-site.ts).
  const isSiteTouched = isThreadTaken && siteSignOf(text, match, sentence) === 'touched';
  // Never red, whatever the older rules above read back: no second symptom says it is urgent.
  if (isItSignHere) verdict = ANCHORED;
  // "…broke his ankle. … It still swells up a bit.": an entry the page has shown in its sense (page-shown.ts), normal colour.
  const isByPage =
    verdict === UNANCHORED &&
    isShownOnPage(match, sentence, anchors, { text, shown: context.shown, raw: block.raw, symptoms: context.symptoms });
  if (isByPage) verdict = ANCHORED;
  // A short block's fragment under a heading that names the leg (section-anchor.ts).
  if (
    verdict === UNANCHORED &&
    isSectionAnchored &&
    isFragment(block, match, sentence, anchors, true) &&
    isSectionAnchored()
  )
    verdict = ANCHORED;
  // "The leg is red", "the red leg", "redness spreading up to the knee": the sign said of the leg
  // itself is the leg's, red with no second symptom (limb-sign.ts).
  const isLimbSign =
    verdict !== LOWER_LIMB || match.sense === 'paired'
      ? context.urgent.has(match.entryId) && !anchors.isOtherSense && isSignOfLimb(text, match, sentence)
      : false;
  if (isLimbSign) verdict = LOWER_LIMB;
  // The leg itself (limb-sign.ts) or "it" right after the writer's leg (it-sign.ts) needs no second symptom.
  return {
    verdict,
    isAlone: isLimbSign || isItSignHere || isSiteTouched || isLesion || isBiteSign || isSkinSaid,
    isByPage: isByPage && !isLimbSign,
  };
}

/** The sentence before `sentence` in its block, for a bruise asked after ("Fell off my bike. Any bruising?"); none where it names an animal. */
function priorOf({ sentenceAt, anchorsAt }: SenseBlock, sentence: [number, number]): [number, number] | undefined {
  if (sentence[0] === 0) return undefined;
  const prior = sentenceAt(sentence[0] - 1);
  return anchorsAt(prior).hasAnimalWord ? undefined : prior;
}
