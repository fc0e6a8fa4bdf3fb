/**
 * A sentence whose subject is one of the things the signs' everyday senses are said of: an
 * election's or a match's bruising, a market's or a budget's cramp, an office's or a town's
 * numbness, a crowd's or a river's swelling. "I sprained my left ankle last month. The election was
 * a mess. The bruising took weeks to heal in the party." (the threadsign round's second probe
 * batch). The subject only, with a verb right after it: "the match" named in passing ("I hurt it
 * in the match") is where the writer's leg was hurt, not a new topic.
 */
const SUBJECT =
  /^\s*(?:the|a|an|our|their|this|that)\s+(?:[a-z]+\s+)?([a-z]+)\s+(?:was|were|is|are|had|has|went|came|fell|rose|won|lost|got|took|kept)\b/i;
const EVERYDAY_SUBJECT =
  /^(?:election|elections|party|vote|campaign|government|talks|debate|market|markets|economy|shares|pound|dollar|prices|rates|rent|budget|team|club|side|squad|league|crowd|crowds|fans|office|town|city|country|nation|band|film|show|book|novel|play|river|sea|seas|tide|flood|storm)$/i;

/** Is the sentence, not the writer's, about one of those things (thread-leg.ts: the walk back stops)? */
export function isOtherTopic(sentence: string): boolean {
  const found = SUBJECT.exec(sentence);
  return found !== null && EVERYDAY_SUBJECT.test(found[1]!);
}
