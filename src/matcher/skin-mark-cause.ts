/**
 * A cause or a setting of a body's bruise or lump named anywhere in its sentence: a knock, a needle,
 * a blood thinner, an operation had, care. Not a needle "of" something (a record player's), not a
 * fall "of", "in" or "out"; an operation only after "after", "since" or "from" (a GP's surgery is a
 * practice: "The surgery hours were cut, a bruise for the local practice").
 */
export const CAUSE = new RegExp(
  String.raw`\b(?:caused|fall(?![\s\u00a0]+(?:of|in|out)\b)|fell|falling|slipped|tripped|knocks?|knocked|bumps?|bumped|banged|walk(?:ed|ing)?[\s\u00a0]+into|got[\s\u00a0]+hurt|get[\s\u00a0]+hurt|injections?|jabs?|needles?(?![\s\u00a0]+of\b)|blood[\s\u00a0]+(?:tests?|draws?|thinners?)|drip|cannula|IV|warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|heparin|clopidogrel|aspirin|anticoagulants?|platelets?|(?:after|since|from)[\s\u00a0]+(?:(?:my|the|his|her|your|an?)[\s\u00a0]+)?(?:surgery|operation|procedure|biopsy)|cold[\s\u00a0]+compress|ice[\s\u00a0]*packs?|icing|arnica|frozen[\s\u00a0]+peas)\b`,
  'i',
);
