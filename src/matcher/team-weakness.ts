/**
 * A team's or a market's weakness is no muscle's: "the striker's broken metatarsal leaves the attack
 * weak", "with the captain's shin injury, the defence looks weak", "after his torn meniscus the
 * team's form turned weak". Sport news names the injured part, a lower-limb word that makes "weak"
 * red in its sentence (the anatomy-and-care round's probe: four false reds, with the round's new
 * words and with "shin", "tibia" and "torn ACL" before it). "Weak" or "weaker" said of such a thing
 * — the thing before a verb of being or seeming, the thing a verb of leaving or making leaves weak,
 * or the noun right after it ("a weak defence") — is dropped before any sense rule reads the block,
 * so it neither marks nor anchors. The noun "weakness" too, with its thing after "of" or "in" or
 * as the thing's ("hurt my foot - the weakness of the pound is the real pain", "the pound's
 * weakness": the redprobe round). A team by its own name, "the Hawks looked weak" (the falsered15
 * round). Not a side ("my left side is weak" is a stroke's sign), a line, a
 * bench or a pack (a gym's and a body's words too).
 */
import type { RawMatch } from './apply-sense.ts';
import { isFormShaped, withoutUses } from './without-uses.ts';

const WEAK_FORM = /^weak(?:er|ness)?$/i;

/** A team's units and play, a market's things: what sport and business news call weak. */
const THING = String.raw`(?:attack|attacks|defen[cs]e|defen[cs]es|midfield|backline|offen[cs]e|team|teams|squad|squads|lineup|line-up|form|finishing|batting|bowling|outlook|results|economy|market|markets|pound|dollar|euro|yen|shares|stocks|currency|demand|sales|ratings|performance|earnings|growth)`;
const SEEMING = String.raw`(?:is|are|was|were|looks?|looked|looking|seems?|seemed|turned|turns|remains?|remained|stays?|stayed|appears?|appeared|(?:has|have|had)\s+been|got|gets|felt|feels?)`;
const DEGREE = String.raw`(?:(?:so|very|too|really|still|rather|quite|pretty|increasingly|worryingly|desperately|alarmingly|a\s+bit|a\s+little|much|even|far)\s+)?`;
/** "the defence looks weak", "the team's form turned weak". */
const SUBJECT_BEFORE = new RegExp(String.raw`\b${THING}(?:['’]s)?\s+${SEEMING}\s+${DEGREE}$`, 'i');
/**
 * "the Hawks looked weak", "The Red Sox seemed weaker": a team by its own name, capitalised and
 * plural after "the" (case matters here). Not the leg's parts said with a capital ("The Calves").
 */
const TEAM_NAME_BEFORE = new RegExp(
  String.raw`\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?(?!(?:Achilles|Calves|Legs|Knees|Ankles|Shins|Thighs|Heels|Hamstrings|Quads|Glutes|Muscles|Tendons|Toes)\b)[A-Z][a-z]+s\s+${SEEMING}\s+${DEGREE}$`,
);
/** "leaves the attack weak", "made their defence even weaker". */
const OBJECT_BEFORE = new RegExp(
  String.raw`\b(?:leaves?|left|leaving|makes?|made|making|keeps?|kept|renders?|rendered)\s+(?:the|their|its|his|her|our|a)\s+(?:[a-z]+\s+)?${THING}\s+${DEGREE}$`,
  'i',
);
/** "the weakness of the pound", "weakness in the dollar": the noun's thing after it. */
const OF_THING_AFTER = new RegExp(
  String.raw`^\s+(?:of|in)\s+(?:the|their|its|our|his|her|a)\s+(?:[a-z]+\s+)?${THING}\b`,
  'i',
);
/** "the pound's weakness", "the team's weakness". */
const THING_OWNS = new RegExp(String.raw`\b${THING}['’]s\s+$`, 'i');
/** "a weak defence", "weak finishing cost them". */
const NOUN_AFTER = new RegExp(String.raw`^(?:\s+and\s+[a-z]+)?\s+${THING}\b`, 'i');

/** The matches that are not a team's or a market's weakness. */
export function withoutTeamWeakness(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isTeamWeakness);
}

/** Is `match` "weak" or "weaker" said of a team's or a market's thing? */
export function isTeamWeakness(text: string, match: RawMatch): boolean {
  if (!isFormShaped(text, match, 'w', 4, 8)) return false;
  if (!WEAK_FORM.test(text.slice(match.start, match.end))) return false;
  const before = text.slice(Math.max(0, match.start - 60), match.start);
  if (match.end - match.start === 8)
    return OF_THING_AFTER.test(text.slice(match.end, match.end + 50)) || THING_OWNS.test(before);
  return (
    SUBJECT_BEFORE.test(before) ||
    TEAM_NAME_BEFORE.test(before) ||
    OBJECT_BEFORE.test(before) ||
    NOUN_AFTER.test(text.slice(match.end, match.end + 40))
  );
}
