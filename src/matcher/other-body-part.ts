/**
 * Other parts of the body in the sentence: the symptom may be theirs ("Your fingers may feel some
 * numbness", "jaw and chest pain"), and only the lower limb's are this glossary's. A period too ("My
 * legs ache when my period starts. The cramps are the worst…": other-medical.probe-pagethread.txt).
 */
export const OTHER_PART =
  /\b(?:hands?|arms?|fingers?|wrists?|elbows?|shoulders?|neck|chest|jaw|face|eyes?(?![-‐]\w)|eyelids?|head|throat|stomach|belly|abdomen|gums?|lips?|tongue|spine|lower back|back pain|upper body|facial|vision|eyesight|(?:my|her|your|their)\s+periods?)\b/i;
