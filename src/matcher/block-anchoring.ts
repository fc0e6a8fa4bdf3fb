import type { SenseContext } from './apply-sense.ts';
import type { AnchorKind } from './anchor-steps.ts';
import { hasLimbList } from './limb-list.ts';
import { hasOwnedList } from './owned-list.ts';
import { namesPersonsLimbs } from './they-back.ts';
import { hasOpeningSign } from './opening-sign.ts';
import { isStretchOfPart, mayBeBarePart } from './bare-part.ts';
import { mayBeOwnPart } from './own-part.ts';
import { mayBeMovedPart } from './moved-part.ts';
import { hasKinFrame } from './kin-frame.ts';
import { mayBeAccountPart } from './account-part.ts';
import { mayBeHadPart } from './had-part.ts';
import { mayBeGearOfPart } from './gear-part.ts';
import { mayBeCaredPart } from './care-part.ts';
import { isCaredLeg, mayNameLegBare } from './cared-leg.ts';
import { isRedLesion } from './red-lesion.ts';
import { isSignOfLimb } from './limb-sign.ts';
import { mayBeClotCared } from './clot-care.ts';
import { mayBeBiteSite } from './bite-site.ts';
import { mayBeSkinSign } from './skin-sign.ts';
import { mayBeBlowMark } from './blow-mark.ts';
import { mayBeOwnFracture } from './own-fracture.ts';
import { mayBeSport } from './sport-frame.ts';
import { mayBeStretchHabit } from './stretch-habit.ts';
import { mayBePersonSign } from './person-sign.ts';
import { mayBeCrampSetting } from './cramp-setting.ts';
import { mayBeCrampSaid } from './cramp-said.ts';
import { mayBeMedicineEffect } from './medicine-effect.ts';
import { maySaySymptoms } from './symptom-said.ts';
import type { SenseBlock } from './sense-block.ts';

const ANY_ANCHOR: readonly AnchorKind[] = ['lowerLimb', 'body', 'frame', 'exercise'];

/** What a block holds that may anchor its weak forms, asked before any form is judged. */
export interface BlockAnchoring {
  /** An anchor of its own: a strong form (a relaxed one on a health page), an anchor word, symptoms said. */
  hasOwn: boolean;
  /** "I rolled the ankle… The swelling spread.": the writer's leg without "my" (cared-leg.ts), for the thread rule only. */
  hasCaredLeg: boolean;
  /** A form that may anchor itself with no other anchor of the block: a bare part, a sign said of the leg. */
  maySelfAnchor: boolean;
}

/**
 * Most blocks with a weak form ("red", "warm") hold no anchor at all: this says so from cheap
 * tests of the whole block, so the sense rules skip them (apply-sense.ts) unless the page can be
 * asked for their section or the blocks before.
 */
export function blockAnchoringOf({ text, raw, context }: SenseBlock): BlockAnchoring {
  const { urgent, isHealthPage, anchors: finder } = context;
  const hasOwn =
    raw.some((match) => match.sense === 'strong' || (isHealthPage && match.sense === 'relaxed')) ||
    hasAnyAnchor(text, context) ||
    maySaySymptoms(text, raw, context) ||
    hasOpeningSign(raw, text, finder) ||
    hasLimbList(text, finder) ||
    hasOwnedList(text, finder) ||
    // "My son had his ankle put in a cast": a relative's part framed (kin-frame.ts).
    hasKinFrame(text) ||
    // "I woke up stiff. This stiffness is new.": a whole person's sign or stretching habit anchors
    // itself, and the rules that read a sign named again need the block read (person-sign.ts).
    raw.some((m) => mayBePersonSign(text, m) || mayBeStretchHabit(text, m));
  // A bare part ("the calf froze up") needs only its sentence: a block with no other anchor may hold one.
  const mayBeBare =
    !hasOwn &&
    raw.some(
      (m) =>
        mayBeBarePart(text, m) ||
        mayBeOwnPart(text, m) ||
        mayBeMovedPart(text, m) ||
        mayBeAccountPart(text, m) ||
        mayBeHadPart(text, m) ||
        mayBeGearOfPart(text, m) ||
        mayBeCaredPart(text, m) ||
        isStretchOfPart(text, m, text.length) ||
        mayBeSport(text, m) ||
        mayBeCrampSetting(text, m) ||
        mayBeCrampSaid(text, m) ||
        mayBeMedicineEffect(text, m) ||
        mayBeClotCared(text, m) ||
        mayBeBiteSite(text, m) ||
        mayBeSkinSign(text, m) ||
        mayBeBlowMark(text, m) ||
        mayBeOwnFracture(text, m) ||
        isRedLesion(text, m, text.length),
    );
  // "The leg is red": a sign said of the leg itself anchors with no anchor word of the block (limb-sign.ts).
  const mayBeLimbSign = !hasOwn && raw.some((m) => urgent.has(m.entryId) && isSignOfLimb(text, m, [0, text.length]));
  // "Went for a run. The knee gave way. Now it's swollen.": a leg named bare in the writer's own account;
  // "He showed me his ankles. They were really puffy.": a person's legs "they" points back to (they-back.ts).
  const hasCaredLeg = !hasOwn && (isCaredLeg(text) || mayNameLegBare(text) || namesPersonsLimbs(text));
  return { hasOwn, hasCaredLeg, maySelfAnchor: mayBeBare || mayBeLimbSign };
}

function hasAnyAnchor(text: string, { anchors }: SenseContext): boolean {
  return anchors.has(ANY_ANCHOR, anchors.words(0, text.length));
}
