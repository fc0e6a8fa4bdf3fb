/**
 * The family words the rules share, whose leg, bruise or day a post tells of: "my husband's calf"
 * (anchor-patterns.ts), "my mum bruises at the slightest knock" (bruise-body.ts), "My son plays in
 * goal" (own-account.ts). Each rule adds the words its own reading needs (said there); this is their
 * common core, the one list to extend when a family word is missing from all of them.
 */
export const FAMILY = [
  ...['mum', 'mom', 'dad', 'son', 'daughter', 'wife', 'husband'],
  ...['gran', 'granny', 'grandma', 'grandad', 'grandpa', 'nan', 'nana', 'nanna'],
];

/** `FAMILY` as a regular expression's alternatives, for a rule that writes its words as a pattern. */
export const FAMILY_WORDS = FAMILY.join('|');
