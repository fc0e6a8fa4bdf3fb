/**
 * The Achilles-tendonitis card's bare "tendonitis" and "tendinitis" name any tendon's inflammation;
 * after a word that names another tendon or place ("patella tendonitis", "tibialis posterior
 * tendinitis", "hip flexor tendonitis", "thumb tendonitis") or placed in another part ("tendonitis of
 * the kneecap") they are that tendon's, not the card's (issue 11, the tissue17 round: docs/sense.md
 * "Another tissue's stiffness, stretch and tendonitis"). The pack's negative contexts named the
 * other tendons one at a time, and each new word slipped through ("patella" after "patellar"); this
 * reads the shape: any word right before the form is a modifier naming another tendon unless it is
 * the Achilles' own ("Achilles", "heel", "calf", "insertional"), a word of degree, time or feeling
 * ("chronic", "mild", "nagging"), a determiner, a possessive, or a function word or verb ("with",
 * "had", "diagnosed"). A bare "tendonitis" in a text about the Achilles stays the card's. These uses
 * are dropped before any sense rule reads the block, so they neither mark nor anchor.
 */
import type { RawMatch } from './apply-sense.ts';
import { isFormShaped, withoutUses } from './without-uses.ts';

const FORM = /^tend[io]nitis$/i;

/** Words before the form that name no other tendon (matched whole, in lower case). */
const NOT_A_MODIFIER = new Set(
  [
    // The Achilles' own.
    'achilles achille achillies achilles’ heel heels calf calves insertional non-insertional noninsertional',
    'midportion mid-portion mid-substance retrocalcaneal overuse running',
    // Degree, time, course, feeling.
    'mild moderate severe bad worse worst terrible awful nasty horrible chronic acute recurring recurrent',
    'persistent ongoing old new early late long-term longstanding long-standing stubborn painful minor major',
    'slight serious full-blown real actual classic typical possible suspected probable likely bilateral',
    'lingering nagging annoying dreaded stupid damn damned bloody flaring simple basic common',
    // Determiners, possessives, numbers.
    'a an the my your his her their our its this that these those some any no more less much such what which',
    'each every both either one two',
    // Function words and verbs said before a condition.
    'of with for and or from to as is was are were be been being has had have having get gets got getting',
    'develop develops developed developing diagnosed diagnose cause causes caused causing prevent prevents',
    'avoid treat treats treated treating called call means mean like about into by on at in after before',
    'than not also still really again just even only if whether how when where why it i you he she we they',
    'me him them us suffer suffers suffered suffering often usually sometimes always never probably maybe',
    'perhaps mostly sure so very',
    // Words of saying and thinking: "the physio says tendonitis", "sounds like tendonitis".
    'say says said saying think thinks thought reckon reckons suspect suspects confirm confirms confirmed',
    'sound sounds look looks seem seems feel feels called mentioned guess guessed diagnosis',
    // Words of kind: "textbook tendonitis", "a proper tendonitis".
    'textbook proper true full mere low-grade grade stage',
  ]
    .join(' ')
    .split(' '),
);

/** The part named after the form: "tendonitis of the kneecap", "tendinitis in her thumb". */
const OTHER_PLACE_AFTER =
  /^\s+(?:in|of|at|around)\s+(?:(?:the|my|your|his|her|their|both|a|one)\s+)?(?:(?:left|right)\s+)?(?:kneecaps?|knees?|patella|hips?|groin|thighs?|buttocks?|shoulders?|elbows?|wrists?|thumbs?|hands?|fingers?|forearms?|arms?|toes?|big\s+toes?|foot|feet|ankles?|shins?|jaw|neck|rotator\s+cuff|biceps|triceps|hamstrings?|quads?|quadriceps|glutes?)\b/i;

/** The matches that are not another tendon's tendonitis. */
export function withoutOtherTendonitis(text: string, matches: RawMatch[]): RawMatch[] {
  return withoutUses(text, matches, isOtherTendonitis);
}

/** Is `match` a bare "tendonitis" named by another tendon or placed in another part? */
export function isOtherTendonitis(text: string, match: RawMatch): boolean {
  if (!isFormShaped(text, match, 't', 10) || !FORM.test(text.slice(match.start, match.end))) return false;
  if (OTHER_PLACE_AFTER.test(text.slice(match.end, match.end + 40))) return true;
  const word = /([\p{L}’'-]+)[’']?[\s-]+$/u.exec(text.slice(Math.max(0, match.start - 30), match.start))?.[1];
  if (word === undefined) return false;
  const lower = word.toLowerCase().replace(/[’']s$/, '');
  // A possessive names a person ("my friend's tendonitis"), a hyphen joins a modifier ("heel-tendonitis").
  if (/[’']s$/i.test(word) && !/quervain/i.test(word)) return false;
  return !NOT_A_MODIFIER.has(lower) && !/^\d|(?:ly|ed)$/.test(lower);
}
