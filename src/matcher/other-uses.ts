import type { RawMatch } from './apply-sense.ts';
import { isVerbUse } from './verb-uses.ts';
import { isPlacedClot } from './clot-place.ts';
import { isWornUse } from './worn-uses.ts';
import { isJointStiffness } from './joint-stiffness.ts';
import { isTissueStretch } from './tissue-stretch.ts';

/**
 * Uses of a form that its card does not explain, told by the words around the form alone: "clot"
 * as a verb ("will clot"), a clot in another place ("in the tooth socket"), "tight" said of what is
 * worn or of the airways, "stiff" said of a joint or a tissue, a tissue's stretch. Such a form is
 * dropped before the sense rules, so it neither marks nor anchors (docs/sense.md). Each test looks
 * at the form's length and first or last letter first: they are asked of every form of every block.
 */
const OTHER_USES: readonly ((text: string, match: RawMatch) => boolean)[] = [
  isVerbUse,
  isPlacedClot,
  isWornUse,
  isJointStiffness,
  isTissueStretch,
];

const isOtherUse = (text: string, match: RawMatch): boolean => OTHER_USES.some((isUse) => isUse(text, match));

/** The matches that are none of the other uses above; `matches` itself when none is. */
export function withoutOtherUses(text: string, matches: RawMatch[]): RawMatch[] {
  const first = matches.findIndex((match) => isOtherUse(text, match));
  if (first === -1) return matches;
  return [...matches.slice(0, first), ...matches.slice(first + 1).filter((match) => !isOtherUse(text, match))];
}
