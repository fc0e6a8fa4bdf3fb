import type { RawMatch } from './apply-sense.ts';
import { CLOTHES } from './limb-list.ts';
import { CALF_CARE, PART_ENDS } from './bare-part.ts';

/** The parts care is given to: "the knee", "that ankle", "the Achilles", "the calf". */
const PART = /^(?:calf|calves|knees?|ankles?|achill(?:es|ies))$/i;
const CALF = /^cal(?:f|v)/i;

/**
 * What may come right before the part: nothing, "the", "that" or "this", or a word of the operation
 * ("the operated knee", "the repaired Achilles"). Not "a" ("a knee of copper pipe") nor a possessive
 * ("the robot's knee"), whose frames are the pack's.
 */
const LEAD = /(?:^|[,;:(–—]\s*|\b(?:the|that|this|operated|affected|repaired|reconstructed|replaced|new)\s+)$/i;

/** The part does not go on as another noun: not "the calf's leg", "the knee of the pipe", "ankle-length". */
const GOES_ON = /^(?:['’]s\b|-|\s+of\b|\s+(?:levers?|pads?|coils?|high|length|deep|bends?))/i;

/** "bend the knee", "bent the knee": a bow to a ruler, a party, a rival as often (everyday.probe-pointback.txt). */
const BOW = /\b(?:bend|bends|bent|bending)\s+the\s+$/i;
const BENT_SO_FAR =
  /^\s+(?:to\s+\d|\d|slightly|fully|further|gently|a\s+(?:bit|little)|as\s+far|past|beyond|to\s+(?:ninety|forty|sixty|a\s+right))/i;

/**
 * Care only a body is given (issue 11, jointcare round): an arthroscopy, an effusion drained, an
 * operation ("post-op", "after the op", "operated on"), a surgeon, physiotherapy, crutches, rehab,
 * imaging (an MRI, an X-ray, an ultrasound or CT scan), a fracture, a dislocation or a sprain, a
 * brace or a splint worn, a cast, stitches or an incision, weight borne on it, a cortisone shot.
 * Not "scan" alone (a document's), "operated" alone (a machine's: "the knee lever is operated by
 * hand"), "heal" alone (a rift's: bare-part.ts reads the part's own healing), "cast" alone (a play's), "braces" alone (teeth's, or "brace yourself").
 */
const CARE = new RegExp(
  String.raw`\b(?:arthroscop\w*|keyhole\s+surgery|effusions?|post[\s-]?op(?:erative)?|postop|operated\s+on|(?:after|since|before|from)\s+(?:the|my|his|her)\s+(?:op|operation|surgery)|(?<!tree\s)surgeons?|physiotherap\w*|physical\s+therap\w*|crutch(?:es)?|rehab(?:ilitation)?|MRIs?|X-?rays?(?:ed)?|ultrasounds?|CT\s+scans?|bone\s+scans?|fractur(?:e|es|ed)|dislocat(?:ed|ion)|sprain(?:s|ed)?|splint(?:ed)?|(?:a|an|the|my|hinged|knee|ankle)\s+braces?|(?:plaster|in\s+a|out\s+of\s+(?:the|my|a))\s+cast|cast\s+(?:came\s+)?off|stitches|sutures|incisions?|weight[\s-]bearing|(?:partial|full)\s+weight(?:[\s-]bearing|\s+on)|cortisone|steroid\s+(?:shot|injection)s?)\b(?!-)`,
  'i',
);

/**
 * A calf is an animal's as often, and a vet X-rays, splints and operates on it: a calf takes only
 * care a person is given (no farm or vet does an arthroscopy or sends a calf to physio).
 */
const PERSON_CARE =
  /\b(?:arthroscop\w*|physiotherap\w*|physical\s+therap\w*|crutch(?:es)?|MRIs?|weight[\s-]bearing|(?:partial|full)\s+weight)\b/i;

/**
 * Things with a knee or an ankle, a brace or a cast: a pipe's bend, a roof's brace, a machine's
 * lever, a statue cast in bronze ("the knee brace carries the rafter", "the bronze cast of the knee").
 */
const THINGS =
  /\b(?:pipes?|hoses?|plumb\w*|valves?|fittings?|joists?|rafters?|beams?|roofs?|timbers?|frames?|brackets?|tripods?|statues?|bronze|sculpt\w*|robots?|machines?|levers?|pedals?|hinges?|tables?|chairs?|shops?|sale|bridges?|buildings?|walls?|documents?|barcodes?|scanners?|coils?|hems?|hemlines?|corsets?|gowns?|designers?|catwalks?|runways?)\b/i;

/**
 * Care given to the part by what is put on it or how it is kept (issue 11, barepart15 round: a
 * class of the held-out round's misses, from the lead's report): "Keep the knee dry when you
 * shower", "Keep the ankle up", "Put a cold pack on the ankle", "Rubbed ibuprofen gel into the
 * calf". Kept so: only a joint ("Keep the calf dry in its pen", "keep the calves warm" are a
 * farm's), and only states a treated joint is kept in. Put on it: a pack, a remedy or a dressing;
 * a calf only a remedy no calf leather takes (not cream, balm or wax: "work the balm into the
 * calf").
 */
const KEPT_LEAD = /\b(?:keep|keeps|keeping|kept)\s+(?:the|that|this|both)\s+$/i;
const KEPT_STATE =
  /^\s+(?:(?:as|really|fully|nice\s+and)\s+)?(?:up|elevated|raised|straight|still|iced|strapped|wrapped|bandaged|supported|immobili[sz]ed|covered)\b/i;
/** Kept dry only beside a wash or a wound: "Keep the ankle dry and brush off the salt" is a boot's care. */
const KEPT_DRY = /^\s+dry\b/i;
const WASHED = /\b(?:shower\w*|bath\w*|wash\w*|swim\w*|dressings?|wounds?|stitch\w*|plaster|cast|scars?|incisions?)\b/i;
const PUT_ON = String.raw`\s+(?:on|onto|into|over|around|round|on\s+to)\s+(?:the|that|this|both)\s+$`;
const REMEDY = String.raw`(?:ice(?:\s+packs?)?|(?:cold|heat|gel|hot)\s+packs?|hot\s+water\s+bottle|(?:bag\s+of\s+)?frozen\s+peas|ibuprofen(?:\s+gel)?|arnica(?:\s+gel)?|voltaren|voltarol|diclofenac(?:\s+gel)?|deep\s+heat|tiger\s+balm|heat\s+rub|(?:pain\s+relief|anti-inflammatory)\s+gel)`;
const DRESSING = String.raw`(?:gel|cream|ointment|bandage|compression\s+bandage|tubigrip|tape|strapping|kinesio\s+tape|splint|pillow|cushion)`;
const PUT = new RegExp(String.raw`\b(?:${REMEDY}|${DRESSING})${PUT_ON}`, 'i');
const CALF_PUT = new RegExp(String.raw`\b${REMEDY}${PUT_ON}`, 'i');

const isKeptSo = (after: string, sentence: string) =>
  KEPT_STATE.test(after) || (KEPT_DRY.test(after) && WASHED.test(sentence));

/** Is the part kept in a treated joint's state, or given a remedy or a dressing (above)? The part ends its noun. */
function isTendedSo(text: string, match: RawMatch, [from, to]: [number, number], isCalf: boolean): boolean {
  const lead = text.slice(Math.max(from, match.start - 60), match.start);
  const after = text.slice(match.end, to);
  if (GOES_ON.test(after)) return false;
  // "a heat pack on the calf in the shed after the birth" is a farm's newborn (bare-part.ts's `CALF_CARE`).
  const isPut = isCalf ? CALF_PUT.test(lead) && !CALF_CARE.test(text.slice(from, to)) : PUT.test(lead);
  // The part ends its noun: not "a pillow on the knee rest of the pew".
  return (isPut && PART_ENDS.test(after)) || (!isCalf && KEPT_LEAD.test(lead) && isKeptSo(after, text.slice(from, to)));
}

/**
 * Is a bare part of the leg ("the knee", "that ankle", "Knee") named in a sentence that names care
 * given to a body, anywhere in it: "Cover the knee with a plastic bag when showering after the op",
 * "they didn't do much on the knee during the arthroscopy", "Knee effusion after arthroscopy", "a
 * brace on the ankle for six weeks" (issue 11, jointcare round: a class of the newest held-out
 * round's misses, from the lead's report). The part anchors itself only, in the normal colour, as a
 * bare part said does (bare-part.ts): the care names the body, not what is wrong with it. A calf
 * takes only a person's care (`PERSON_CARE`); clothes, things and a machine asked of the sentence.
 */
export function isCaredPart(text: string, match: RawMatch, [from, to]: [number, number]): boolean {
  const form = text.slice(match.start, match.end);
  if (!PART.test(form)) return false;
  const lead = text.slice(from, match.start);
  const sentence = text.slice(from, to);
  const isCalf = CALF.test(form);
  if (isTendedSo(text, match, [from, to], isCalf)) return !CLOTHES.test(sentence) && !THINGS.test(sentence);
  if (!LEAD.test(lead)) return false;
  // "Achilles" with a capital and no "the" is the hero: "Achilles was operated on by no surgeon".
  if (form.startsWith('Achill') && !/\bthe\s+$/i.test(lead)) return false;
  const after = text.slice(match.end, to);
  if (GOES_ON.test(after)) return false;
  // "bend the knee" to a ruler or a party, unless as far as a joint bends: "bend the knee to 90 degrees".
  if (BOW.test(lead) && !BENT_SO_FAR.test(after)) return false;
  const care = isCalf ? PERSON_CARE : CARE;
  return care.test(sentence) && !CLOTHES.test(sentence) && !THINGS.test(sentence);
}

/** May the form be a part beside care (`isCaredPart`), by the words around it? */
export function mayBeCaredPart(text: string, match: RawMatch): boolean {
  if (!PART.test(text.slice(match.start, match.end))) return false;
  const sentence: [number, number] = [Math.max(0, match.start - NEAR), Math.min(text.length, match.end + NEAR)];
  return (
    CARE.test(text.slice(...sentence)) ||
    isTendedSo(text, match, sentence, CALF.test(text.slice(match.start, match.end)))
  );
}

/** How far `mayBeCaredPart` looks each side of the form, in characters: a forum sentence's length. */
const NEAR = 160;
