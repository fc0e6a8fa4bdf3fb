import type { RawMatch } from './apply-sense.ts';
import { hasSecondSymptom, ING_BEFORE_NOUN, OBJECT_AFTER, TIME_AFTER, TRAIT } from './bare-symptom.ts';
import { IT_AFTER, LUMP, POINTING_BEFORE } from './repeat-anchor.ts';
import type { SentenceAnchors } from './sentence-anchors.ts';

/**
 * One sense per discourse (Gale, Church & Yarowsky, "One sense per discourse", 1992): a word a page
 * has used in one sense keeps that sense through the page. So a weak form of an entry the page's
 * own marks have shown in its sense (`shown`: a strong form of it, or a weak one anchored where it
 * stands) needs no anchor of its own — "My boyfriend broke his ankle … The swelling had gone down
 * by morning. It still swells up a bit." — unless its sentence names another sense or an animal,
 * the form has the shape of its everyday use (below), or it is "weakness" or "tenderness" with no
 * second symptom. The rules after still hold: a paired form needs its second symptom, a card of the
 * leg's only is not another region's (apply-sense.ts); and such a mark is never red, as nothing in
 * its sentence says the sign is urgent.
 */
export function isShownOnPage(
  match: RawMatch,
  sentence: [number, number],
  anchors: SentenceAnchors,
  { text, shown, raw, symptoms }: ShownContext,
): boolean {
  if (!shown.has(match.entryId) || anchors.isOtherSense || anchors.hasAnimalWord) return false;
  const form = text.slice(match.start, match.end);
  if (QUALITY.test(form) || isOtherUse(text, match, sentence, form)) return false;
  return !TRAIT.test(form) || hasSecondSymptom(match, sentence, anchors, raw, symptoms);
}

/** What the rule reads of the block and the page. */
export interface ShownContext {
  text: string;
  shown: ReadonlySet<string>;
  raw: readonly RawMatch[];
  symptoms: ReadonlySet<string>;
}

/**
 * The shapes of a form's everyday use, which the repeat rule refuses too (repeat-anchor.ts): an
 * "-ing" adjective ("the swelling crowds", "a cramping effect"), a place that is no body's after it
 * (`PLACE_AFTER`), a verb with its object ("cramp their style", "stretching it out"), an owner that
 * is a thing or a group ("their cramps", "the club's tightness"), a lump nobody points back to
 * ("until no lump remains").
 */
function isOtherUse(text: string, match: RawMatch, [from, to]: [number, number], form: string): boolean {
  const after = text.slice(match.end, to);
  const lead = text.slice(Math.max(from, match.start - 40), match.start);
  if (/ing$/i.test(form) && ING_BEFORE_NOUN.test(after)) return true;
  if (PLACE_AFTER.test(after) && !TIME_AFTER.test(after)) return true;
  if (OBJECT_AFTER.test(after) || IT_AFTER.test(after) || THING_OWNER_BEFORE.test(lead)) return true;
  return LUMP.test(form) && !POINTING_BEFORE.test(lead);
}

/**
 * What a form is of or where, not the body (a body word would have anchored it): "the lump in the
 * gravy", "the cramps in the housing market", "a bruise on the side of one [pear]"; not a time
 * ("swelling at night": `TIME_AFTER`) nor "up" ("it swells up"). Narrower than the discourse rule's
 * `PLACE_AFTER` (bare-symptom.ts): on held14–17 it cost 3 right marks as the page reads them and no
 * wrong one, and keeps the everyday pairs of tests/unit/matcher/repeat-anchor.test.ts unmarked.
 */
const PLACE_AFTER =
  /^[\s\u00a0]+(?:(?:is|are|was|were)[\s\u00a0]+)?(?:in|of|on|around|at|inside|within|among|along|across|behind|under|between|beneath|beside|near)\b/i;
/**
 * An owner that is a thing or a group before the form: "the club's tightness", "their cramps were
 * period pains", "its swelling". "his"/"her" are left out: a post about a relative says them of a
 * person ("his stiffness", "her swelling"), and the everyday held-out pages lost four right marks
 * and one wrong to them.
 */
const THING_OWNER_BEFORE = /(?:['’]s?|\b(?:its|their|whose))(?:[\s\u00a0]+[a-z]+){0,1}[\s\u00a0]+$/i;

/**
 * Bare adjectives said of things as readily as of a body, on health pages too: "a tight rubber
 * band", "shoes that weren't too stiff", "the outer ring becomes weak". On the held-out rounds
 * (held14–17, as the page reads them) they took five right uses and nine wrong ones; their nouns
 * ("the stiffness", "tightness") and the other entries' adjectives ("swollen", "numb") kept
 * more right than wrong (docs/sense.md, "One sense per page"; rerun: `node
 * tests/sense/score-text.ts DIR --paragraphs --page-signal 2` on a round's labels).
 */
const QUALITY = /^(?:tight|tighter|stiff|stiffer|weak|weaker)$/i;
