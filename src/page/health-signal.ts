/** schema.org types by which a page says it is medical writing. */
const MEDICAL_TYPES =
  /\b(?:MedicalWebPage|MedicalCondition|MedicalScholarlyArticle|MedicalSignOrSymptom|MedicalTherapy)\b/;
/** JSON-LD larger than this is not read: the signal is a hint, and a page's load must not pay for it. */
const MAX_JSON_LD_CHARS = 100_000;

/**
 * Does the page declare itself medical (schema.org, in JSON-LD or microdata)? Then the less risky
 * weak forms need no anchor (docs/sense.md). Only the page's own declarations are read, as text:
 * JSON-LD is never parsed or run, and a page cannot claim more than relaxing those forms.
 */
export function hasHealthSignal(doc: Document): boolean {
  for (const element of doc.querySelectorAll('[itemtype]'))
    if (MEDICAL_TYPES.test(element.getAttribute('itemtype') ?? '')) return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length <= MAX_JSON_LD_CHARS && MEDICAL_TYPES.test(text)) return true;
  }
  return false;
}
