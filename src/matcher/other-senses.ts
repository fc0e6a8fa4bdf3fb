import type { RawMatch } from './apply-sense.ts';
import { withoutWornUses } from './worn-uses.ts';
import { withoutFitUses } from './fit-uses.ts';
import { withoutLegOutings } from './legs-outing.ts';
import { withoutJointStiffness } from './joint-stiffness.ts';
import { withoutTissueStretches } from './tissue-stretch.ts';
import { withoutMotionStretches } from './motion-stretch.ts';
import { withoutThingStretches } from './thing-stretch.ts';
import { withoutGarmentLengths } from './garment-length.ts';
import { withoutDeviceNames } from './device-name.ts';
import { withoutOtherTendonitis } from './other-tendonitis.ts';
import { withoutPregnancyWeight } from './pregnancy-weight.ts';
import { withoutVeinSwelling } from './vein-swelling.ts';
import { withoutThingFlexibility } from './thing-flexibility.ts';
import { withoutJointWeakness } from './joint-weakness.ts';
import { withoutTeamWeakness } from './team-weakness.ts';
import { withoutFootSkill } from './foot-skill.ts';
import { withoutMarketSwelling } from './market-swell.ts';
import { withoutThingLegSigns } from './thing-leg.ts';
import { withoutPainHeat } from './pain-heat.ts';
import { withoutCrampKnots } from './cramp-knot.ts';
import { withoutPlacedCramps } from './cramp-place.ts';
import { withoutNumbingActs } from './numbing-act.ts';
import { withoutNumbFeelings } from './numb-feeling.ts';
import { withoutThingWarming } from './thing-warm.ts';
import { withoutBruiseColours } from './bruise-colour.ts';
import { withoutHandSigns } from './hand-sign.ts';
import { withoutComfortWarmth } from './comfort-warm.ts';
import { withoutLooseBreaks } from './broken-bone.ts';
import { withoutLooseStrains } from './strain-noun.ts';
import { withoutThingColours } from './thing-colour.ts';
import { withoutRedHot } from './red-hot.ts';
import { withoutAnimalLegSigns } from './animal-leg.ts';

/**
 * Uses in a sense no card explains, each dropped before the sense rules so it neither marks nor
 * anchors: a worn thing, fit talk, a joint's stiffness or weakness, a team's weakness, a player's
 * weaker foot, a market's swelling, a vein's swelling, a thing's leg's sign, a pain's heat, a cramp's knot or place,
 * numbing as an act, numb as a feeling, a thing's flexibility, a garment's length, a device's type, another tendon's tendonitis, a pregnancy's weight, a legs' outing,
 * a tissue's, a reach's or a thing's stretch, a thing's warming up, a bruise's colour, a hand's
 * sign, warmth as comfort, a "red hot" that is no leg's, a thing's colour, a dish's or an animal's leg's sign. In this order:
 * each reads what the ones before left. Their own file, so a new filter is one line here and the
 * matcher's spine (run-matcher.ts) does not grow with them.
 */
const OTHER_SENSES: readonly ((text: string, matches: RawMatch[]) => RawMatch[])[] = [
  withoutWornUses,
  withoutFitUses,
  withoutJointStiffness,
  withoutJointWeakness,
  withoutTeamWeakness,
  withoutFootSkill,
  withoutMarketSwelling,
  withoutVeinSwelling,
  withoutThingLegSigns,
  withoutPainHeat,
  withoutCrampKnots,
  withoutPlacedCramps,
  withoutNumbingActs,
  withoutNumbFeelings,
  withoutThingFlexibility,
  withoutGarmentLengths,
  withoutDeviceNames,
  withoutOtherTendonitis,
  withoutPregnancyWeight,
  withoutLegOutings,
  withoutLooseBreaks,
  withoutLooseStrains,
  withoutTissueStretches,
  withoutMotionStretches,
  withoutThingStretches,
  withoutThingWarming,
  withoutBruiseColours,
  withoutHandSigns,
  withoutComfortWarmth,
  withoutRedHot,
  withoutThingColours,
  withoutAnimalLegSigns,
];

/** The matches of `text` that none of the other senses above takes, in order. */
export function withoutOtherSenses(text: string, matches: RawMatch[]): RawMatch[] {
  return OTHER_SENSES.reduce((kept, without) => without(text, kept), matches);
}
