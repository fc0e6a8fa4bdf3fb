import { WORN } from './worn-uses.ts';

/** What fits, or says fit: the worn things, a shoe's or boot's parts, and the words of sizing. */
export const FITTED = String.raw`(?:${WORN}|cleats?|footwear|toe\s*box(?:es)?|uppers?|shells?|liners?|buckles?|heel\s+cups?|footbeds?|(?:the|a|snug|good|right|loose|proper|wide|regular)\s+fit|sizes?|sizing|half\s+a\s+size|wide[-\s]fit|slim[-\s]fit|skinny|denim|pair|(?:tapered|straight|wide|flared|bootcut|slim|skinny|relaxed|cropped)\s+legs?)`;
