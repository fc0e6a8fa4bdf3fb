/**
 * Sentences of the pairs round's probe (`forum.probe-pairs.txt`) that the rules still get wrong,
 * with why (docs/sense.md, "Known limits"; src/matcher/symptom-pair.ts, symptom-had.ts). Spread into
 * KNOWN_LIMITS.
 */
export const PAIR_LIMITS: readonly (readonly [string, string])[] = [
  // An "-ing" noun is told from an adjective by the word after it; "more" is not among those words
  // ("swelling more numbers").
  ['Ice has helped with the pain and swelling more than the tablets have.', '"-ing" before "more"'],
  // A symptom had: an "-ing" noun before "the" or a number may be a verb with its object ("bruising
  // the players", "swelling two clubs' squads"). (The pair's faded bruising and "anyone else" had
  // bruising after a blood test are marked since the skinmark15 round: skin-mark.ts.)
  ['We noticed bruising the morning after the fall.', '"-ing" before "the"'],
  ['He developed swelling two days after the flight.', '"-ing" before a number'],
  // A metaphor said as a pair with no place after it is marked, in the normal colour.
  ['Numbness and tingling, the poet wrote, are how love begins.', 'a metaphor as a pair'],
  ['Pain and swelling are words no wedding planner wants to hear.', 'the words named, not the symptoms'],
];
