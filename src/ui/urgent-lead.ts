/**
 * The words an urgent entry's `whenToGetHelp` completes: "Get help right away if" + "one calf
 * swells…". The tooltip's callout and the popup's list both lead with it, so every urgent text is
 * written as the rest of that one sentence (tests/unit/glossary/calf-muscle-urgency.test.ts).
 */
export const URGENT_LEAD = 'Get help right away if';
