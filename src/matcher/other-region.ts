/**
 * Another body region than the leg, named as a part of a body: "in the wrist", "the outer side of
 * the elbow", "neck and shoulders", "eye muscles", "the lower back", "pelvic floor". The glossary's
 * symptom cards are the leg's (an upper-body word anchors nothing: docs/sense.md), so a weak form
 * whose clause names such a region and no part of the leg is that region's symptom, whatever else
 * anchors it: "swollen tendons in the wrist", "a strained muscle in the upper arm can swell" (the
 * wrong-card round, real pages held out). A region word is a body's only after an owner or article
 * ("my hand", "the arms"; not "on the other hand", "the arms race", "keep an eye on"), before a body
 * noun ("stomach muscles"), or in a word or phrase that is always a body's ("lower back", "pelvic",
 * "intercostal", "biceps", "eyelid": the wrong-card round's pages of other regions; "uterus", "womb",
 * "menstrual": a period's cramps, the general-web round).
 */
/**
 * The face and the head, which `OTHER_REGION` leaves out (a pregnant writer's "call if my face puffs
 * up" is said beside the legs' swelling); the bite and skin rules read them with `REGION` anywhere in
 * their sentence (bite-site.ts, skin-sign.ts).
 */
export const HEAD = String.raw`(?:face|cheeks?|forehead|nose|ears?|scalp|mouth)`;
export const REGION = String.raw`(?:wrists?|elbows?|shoulders?|necks?|jaws?|chest|ribs?|ribcage|abdomen|stomach|tummy|belly|pelvis|eyes?|eyelids?|hands?|palms?|fingers?|thumbs?|arms?|forearms?|spine|throat|airways?|windpipe|tonsils|tongue|lips|gums)`;
const OWNER = String.raw`(?:my|your|his|her|their|our|the|both|upper|lower)`;
const OTHER_REGION = new RegExp(
  String.raw`\b(?:${OWNER}\s+(?:(?:left|right)\s+)?${REGION}\b(?!\s+(?:race|deal|dealers?|trade|control|length)\b)|${REGION}\s+(?:muscles?|tendons?|ligaments?|joints?)\b|(?:lower|upper)\s+back\b|uterus|uterine|womb|menstrua(?:l|tion)|` +
    String.raw`(?<!\b(?:lie|lies|lying|lay|laid|float|floats|floating|floated|sleep|sleeps|sleeping|slept|roll|rolls|rolling|rolled|turn|turned|flat)\s+(?:on|onto)\s+)(?:my|your|his|her|their|our)\s+back\b(?!\s+(?:of|legs?|foot|feet)\b)|back\s+(?:muscles?|pain|spasms?)\b|abdominal|pelvic|intercostal|facial|biceps|eyelids?|forearms?|rib\s+cage|rotator\s+cuff|bronch(?:ial|ioles?|i)|trachea|tonsils)`,
  'gi',
);

/**
 * A part of the leg, said in any way ("the top of your foot", "hips and legs"): where one is in the
 * clause too, the region is no longer the only place the form can be, and the other rules decide.
 * Hips count as the leg here: they anchor, in the normal colour (`isHipOnly`).
 */
const LEG_PART =
  /\b(?:legs?|feet|foot|toes?|knees?|kneecaps?|ankles?|calf|calves|calve|shins?|thighs?|heels?|hamstrings?|achilles|achillies|hips?|quads?|glutes?|soleus|gastrocnemius|gastroc|tibia|fibula|femur|thigh ?bone|shin ?bone|patellae?|patellar|calcane(?:us|um|al)|metatarsals?|malleol(?:us|i)|menisc(?:us|i|al)|popliteal|peroneal|tibial|fibular|quadriceps)\b/gi;

/** What the region rules read of a sentence (sentence-anchors.ts). */
interface RegionAnchors {
  regions: number[];
  legParts: number[];
  limbs: number[];
  frames: number[];
  saysHip: boolean;
  text: string;
  near(spans: number[], at: number): number[];
}

/**
 * Is a form at `at` another region's? Its clause names such a region and no part of the leg
 * ("swollen tendons in the wrist"); or its sentence names no place at all and the one before, in the
 * same block (`before`), names only another region ("Tennis elbow starts on the outer side of the
 * elbow. Tiny tears and swelling there…").
 */
export function isOtherRegions(at: number, anchors: RegionAnchors, before: () => RegionAnchors | undefined): boolean {
  if (anchors.regions.length > 0)
    return anchors.near(anchors.regions, at).length > 0 && anchors.near(anchors.legParts, at).length === 0;
  if (anchors.legParts.length > 0) return false;
  const prior = before();
  return prior !== undefined && prior.regions.length > 0 && prior.legParts.length === 0;
}

/**
 * Are the lower-limb anchors of the clause of `at` only hips ("weakness … in the hips"), with no
 * other part of the leg named there ("weakness in my hips and legs" is the leg's)? They anchor it
 * in the normal colour. Read only where the sentence says "hip".
 */
export function isHipsAt(at: number, anchors: RegionAnchors): boolean {
  if (!anchors.saysHip) return false;
  const parts = anchors.near(anchors.legParts, at);
  if (parts.length === 0 || !isHipOnly(anchors.text, parts)) return false;
  return isHipOnly(anchors.text, [...anchors.near(anchors.limbs, at), ...anchors.near(anchors.frames, at)]);
}

/** The `[start, end]` pairs of another region named in `text` from `from` to `to`. */
export function otherRegionsOf(text: string, from: number, to: number): number[] {
  return spansOf(OTHER_REGION, text, from, to);
}

/** The `[start, end]` pairs of parts of the leg named in `text` from `from` to `to`. */
export function legPartsOf(text: string, from: number, to: number): number[] {
  return spansOf(LEG_PART, text, from, to);
}

/**
 * Is every lower-limb anchor of these spans a hip ("weakness in the lower back, or in nearby
 * muscles, such as in the hips", red twice on back-pain pages)? Hips anchor their clause, but in
 * the normal colour: weakness or numbness "in the hips" is what back, pelvis and hip-joint pages
 * name, and red is kept for the leg's own emergency signs.
 */
export function isHipOnly(text: string, spans: readonly number[]): boolean {
  if (spans.length === 0) return false;
  for (let k = 0; k < spans.length; k += 2) if (!HIP_END.test(text.slice(spans[k], spans[k + 1]))) return false;
  return true;
}

const HIP_END = /\bhips?$/i;

function spansOf(pattern: RegExp, text: string, from: number, to: number): number[] {
  const spans: number[] = [];
  const part = text.slice(from, to);
  pattern.lastIndex = 0;
  for (let found = pattern.exec(part); found; found = pattern.exec(part))
    spans.push(from + found.index, from + found.index + found[0].length);
  return spans;
}
