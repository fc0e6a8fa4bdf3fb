/**
 * Fruit that bruises and goes soft where knocked, as a pattern's alternatives: blow-mark.ts's other
 * blows ("apples with a bruise where they were knocked in the crate") and symptom-pair.ts's nature
 * ("the pears bruise and swell in the heat") read the same fruit. symptom-pair.ts adds the produce
 * and plants its nature reads; blow-mark.ts leaves those out ("kiwi" is a New Zealander at rugby, a
 * blow to a player). bruise-body.ts's simile names one fruit a person bruises like ("like a ripe
 * peach"), in the singular, and keeps its own few.
 */
export const FRUIT = String.raw`fruits?|apples?|pears?|plums?|peach(?:es)?|bananas?|tomato(?:es)?|avocados?|mangoe?s?`;
