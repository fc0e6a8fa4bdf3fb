// The words of another kind of cramp than the leg's, for the rules that mark a cramp with no part
// named (cramp-setting.ts, cramp-said.ts, sport-frame.ts): compiled once, at load.

const S = String.raw`[\s\u00a0]+`;

/**
 * Another kind of cramp in the sentence: the gut's ("food poisoning", "a stomach bug", "IBS",
 * "diarrhoea", "after eating spicy food", "gluten", "Crohn's", "a hangover"), the womb's in early
 * pregnancy or labour ("implantation", "contractions"), a baby's colic, a heat illness named as a
 * category ("heat cramps"), a feeling ("a cramp of dread"), a cocktail's recipe; money's ("a credit
 * cramp overnight", "the statin news hit the drug stocks overnight") and a band's (The Cramps); a
 * woodworker's tool ("a sash cramp overnight"), a cramp every month (a period's), an infection's or an
 * appendix's, and a hand's at a keyboard or an instrument (the cramp16 round).
 */
export const OTHER_CRAMP = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`food|eat(?:s|ing|en)?|ate|meals?|dinner|lunch|breakfast|supper|buffet|takeaway|spicy|curry|gluten|lactose|dairy|co?eliac|crohn\w*|colitis|hangover`,
      String.raw`poisoning|bugs?|ibs|bowels?|diarrh(?:o)?ea|constipat\w*|bloat\w*|nause\w*|vomit\w*|gastr\w*`,
      String.raw`colic\w*|babies|baby|infants?|newborns?`,
      String.raw`early${S}pregnancy|first${S}trimester|implantation|miscarr\w*|contractions?|labou?r|braxton|embryo|ivf|spotting|bleeding`,
      String.raw`heat${S}(?:cramps?|exhaustion|stroke|illness)|dread|guilt|fear|panic|cocktails?|gin|recipes?`,
      String.raw`liquidity|credit|cash|funding|lending|lenders?|stocks?|shares|markets?|investors?|banks?|rates|bonds?|pound|dollar|euro|economy`,
      String.raw`band|album|gig|songs?|episode|novel|film`,
      // The cramp16 round: a woodworker's cramp, the tool ("left it under a sash cramp overnight"), and a month's.
      String.raw`(?:sash|bar|pipe|g|c|f|corner|mitre|frame|edge)[\s\u00a0-]cramps?|glue[ds]?|gluing|glueing|clamps?|joinery|woodwork\w*|workbench|dowels?`,
      String.raw`(?:every|each|once${S}a)${S}month|monthly|time${S}of${S}(?:the${S})?month`,
      String.raw`cholera|dysentery|norovirus|rotavirus|salmonella|giardia|infections?|viral|virus|append\w*|gall\w*|kidney${S}stones?|ovulat\w*|cysts?`,
      String.raw`typing|keyboards?|texting|guitar|piano|violin|cello|knitting|crochet|sewing`,
    ].join('|') +
    String.raw`)\b`,
  'i',
);
