/**
 * "Stretch your legs" is the idiom for a walk: "perfect for stretching your legs with some long
 * hikes", "we stopped and stretched our legs on a stroll round the harbour". The pack's negative
 * contexts list "stretch your legs" and the like, which inflect only plurals and possessives, so the
 * "-ing" and "-ed" forms were the stretching card's (issue 11, the general-web round: docs/sense.md
 * "Fit talk on the general web"). Those forms cannot be negative contexts by themselves:
 * "stretching your legs before bed" is the exercise. What decides is the outing named right after
 * the legs; a walk only as the time of the stretch ("stretching your legs after a long walk") is
 * still the exercise. These uses are dropped before any sense rule reads the block.
 */
import type { RawMatch } from './apply-sense.ts';
import { isFormShaped, withoutUses } from './without-uses.ts';

const STRETCH_VERB = /^stretch(?:ing|ed)?$/i;
/** Anyone's legs, the writer's too ("I stretched my legs on a walk round the harbour"), then an outing within a few words, none of them a time. */
const OUTING_AFTER =
  /^\s+(?:my|me|your|our|their|his|her|ur|one['’]s)\s+legs\s+(?:(?!after\b|before\b|post\b|following\b)[a-z]+\s+){0,4}?(?:walks?|walking|hikes?|hiking|strolls?|strolling|wander(?:ing)?|rambles?|rambling|ambles?|trails?|explor(?:e|ing)|sightseeing|tours?|promenade|boardwalk)\b/i;

/** The matches that are not the idiom "stretching your legs" on a walk. */
export function withoutLegOutings(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isLegOuting);
}

/** Is `match` "stretch", "stretching" or "stretched" said of a walk ("stretching your legs on a hike")? */
export function isLegOuting(text: string, match: RawMatch): boolean {
  if (!isFormShaped(text, match, 's', 7, 10)) return false;
  return (
    STRETCH_VERB.test(text.slice(match.start, match.end)) && OUTING_AFTER.test(text.slice(match.end, match.end + 80))
  );
}
